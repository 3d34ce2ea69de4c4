import { Ingester } from './ingestStream';
import type { IngestMapping } from './mapping';
import { explain } from './messages';
import type { RowValue } from './rowValues';
import type { Delimiter } from './table';
import type { IngestIssue, IngestLevel, IngestResult } from './types';

export interface IngestOptions extends IngestMapping {
	/** Forced delimiter; sniffed otherwise. */
	delimiter?: Delimiter;
}

/**
 * Reads a file (bytes or text) into the atlas's tidy figures, with every data row accounted for.
 * Never throws on bad input: problems are issues located by row and column. The whole input at
 * once through the streaming core (`Ingester`), which reads large files chunk by chunk.
 * @example ingest('code;année;valeur\n1;2020;3', { code: { column: 'code', level: 'departement' }, year: 'année', value: 'valeur', indicator: 'x' }).values
 * // [{ geo_level: 'departement', geo_code: '01', indicator: 'x', year: 2020, value: 3 }]
 */
export function ingest(input: Uint8Array | string, options: IngestOptions): IngestResult {
	const reader = new Ingester(options);
	reader.push(input);
	return reader.end();
}

export function levelsOf(options: IngestOptions): IngestLevel[] {
	if (options.levels) return options.levels;
	return [options.code.level === 'commune' ? 'departement' : options.code.level];
}

export function duplicates(
	values: RowValue[],
	row: number,
	firstRowOf: Map<string, number>
): IngestIssue[] {
	const issues: IngestIssue[] = [];
	for (const v of values) {
		const key = [v.level, v.code, v.indicator, v.year].join('|');
		const first = firstRowOf.get(key);
		if (first === undefined) firstRowOf.set(key, row);
		else if (!issues.length)
			issues.push({
				row,
				column: '',
				...explain('duplicate', { first })
			});
	}
	return issues;
}
