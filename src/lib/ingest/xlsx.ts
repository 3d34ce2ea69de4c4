import { strFromU8, unzipSync } from 'fflate';
import { explain, type IngestMessage } from './messages';

/** Whether the bytes are a zip archive (an .xlsx file starts with 'PK\x03\x04'). */
export function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export type SheetReading =
	| { ok: true; sheets: string[]; sheet: string; text: string }
	| ({ ok: false; sheets: string[] } & IngestMessage);

/**
 * Reads one sheet of an .xlsx workbook (the first, or the one named) into CSV text, one line per
 * spreadsheet row so that row numbers stay those Excel shows; a merged cell's value is in its
 * first cell only, so merged title cells become one-cell title lines. Numbers are written with
 * '.', as the file stores them.
 */
export function readXlsxSheet(bytes: Uint8Array, sheetName?: string): SheetReading {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/') });
	} catch (error) {
		return {
			ok: false,
			sheets: [],
			...explain('unreadableXlsx', { detail: (error as Error).message })
		};
	}
	const text = (path: string) => (files[path] ? strFromU8(files[path]) : '');
	const workbook = text('xl/workbook.xml');
	if (!workbook) return { ok: false, sheets: [], ...explain('notWorkbook') };
	const targets = new Map(
		[...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
			attribute(m[0], 'Id'),
			attribute(m[0], 'Target').replace(/^\/?(xl\/)?/, 'xl/')
		])
	);
	const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({
		name: unescapeXml(attribute(m[0], 'name')),
		path: targets.get(attribute(m[0], 'r:id')) ?? ''
	}));
	const names = sheets.map((s) => s.name);
	const chosen = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName);
	if (!chosen)
		return {
			ok: false,
			sheets: names,
			...(sheetName === undefined
				? explain('noSheet')
				: explain('unknownSheet', { sheet: sheetName, sheets: names.join(', ') }))
		};
	const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
		textRuns(m[1])
	);
	return {
		ok: true,
		sheets: names,
		sheet: chosen.name,
		text: sheetToCsv(text(chosen.path), shared)
	};
}

function sheetToCsv(xml: string, shared: string[]): string {
	const lines: string[] = [];
	for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
		const number = Number(attribute(row[1], 'r')) || lines.length + 1;
		while (lines.length < number - 1) lines.push('');
		const cells: string[] = [];
		for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
			const column = columnIndex(attribute(cell[1], 'r')) ?? cells.length;
			while (cells.length < column) cells.push('');
			cells[column] = quote(cellValue(attribute(cell[1], 't'), cell[2] ?? '', shared));
		}
		lines.push(cells.join(','));
	}
	return lines.join('\n');
}

function cellValue(type: string, inner: string, shared: string[]): string {
	if (type === 'inlineStr') return textRuns(inner);
	const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? '';
	if (type === 's') return shared[Number(v)] ?? '';
	return unescapeXml(v);
}

function textRuns(xml: string): string {
	return unescapeXml([...xml.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join(''));
}

function columnIndex(reference: string): number | undefined {
	const letters = /^([A-Z]+)/.exec(reference)?.[1];
	if (!letters) return undefined;
	return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

function attribute(tag: string, name: string): string {
	return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

function quote(value: string): string {
	return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function unescapeXml(text: string): string {
	return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
		const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
		if (named[e]) return named[e];
		return String.fromCodePoint(
			e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))
		);
	});
}
