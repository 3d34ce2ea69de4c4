import { USER_DB } from './userDbName';
import type { UserImport } from './userModel';

const STORE = 'imports';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(USER_DB, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function run<T>(
	mode: IDBTransactionMode,
	act: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const request = act(db.transaction(STORE, mode).objectStore(STORE));
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
	} finally {
		db.close();
	}
}

export const loadImports = () => run<UserImport[]>('readonly', (s) => s.getAll());
export const saveImport = (item: UserImport) => run('readwrite', (s) => s.put(item));
export const removeImport = (id: string) => run('readwrite', (s) => s.delete(id));
