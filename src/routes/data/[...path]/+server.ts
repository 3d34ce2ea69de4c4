import { error } from '@sveltejs/kit';
import { dataFileResponse, dataFiles } from '$lib/server/dataFiles';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	Object.keys(dataFiles).map((key) => ({ path: key.replace(/^\/data\//, '') }));

export const GET: RequestHandler = ({ params }) =>
	dataFileResponse(params.path) ?? error(404, `No data file named ${params.path}`);
