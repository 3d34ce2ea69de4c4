import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';

// The files of data/ (the single source of truth), bundled at build time and served as-is.
const files = import.meta.glob('/data/**/*.{csv,json}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const contentTypes: Record<string, string> = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8'
};

export const prerender = true;

export const entries: EntryGenerator = () =>
	Object.keys(files).map((key) => ({ path: key.replace(/^\/data\//, '') }));

export const GET: RequestHandler = ({ params }) => {
	const text = files[`/data/${params.path}`];
	if (text === undefined) error(404, `No data file named ${params.path}`);
	const extension = params.path.split('.').pop() ?? '';
	return new Response(text, { headers: { 'content-type': contentTypes[extension] } });
};
