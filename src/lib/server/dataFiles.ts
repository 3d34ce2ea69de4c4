// The files of data/ (the single source of truth), bundled at build time; data/sources/ holds the
// inputs the data scripts read, not files the app serves.
export const dataFiles = import.meta.glob(['/data/**/*.{csv,json}', '!/data/sources/**'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const contentTypes: Record<string, string> = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8'
};

/** The data file at `path` (relative to data/) as a response, or undefined if there is none. */
export function dataFileResponse(path: string): Response | undefined {
	const text = dataFiles[`/data/${path}`];
	if (text === undefined) return undefined;
	const extension = path.split('.').pop() ?? '';
	return new Response(text, { headers: { 'content-type': contentTypes[extension] } });
}

/** A fetch that reads data/ directly, for loads run at build time. */
export const fetchDataFile: typeof fetch = async (input) => {
	const path = String(input).replace(/^\/data\//, '');
	return dataFileResponse(path) ?? new Response(`No data file named ${path}`, { status: 404 });
};
