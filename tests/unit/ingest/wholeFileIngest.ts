// The reading core as it was before it streamed: the whole text decoded, cut into a table, then
// every row read and summed at once (main's `ingest()` body, with its message keys, rows left out
// and commune counts). The streaming core must give the same result.
import { aggregate } from '$lib/ingest/aggregate';
import { decodeBytes } from '$lib/ingest/decode';
import { duplicates, levelsOf, type IngestOptions } from '$lib/ingest/ingest';
import { resolveMapping } from '$lib/ingest/mapping';
import { explain, type IngestMessage } from '$lib/ingest/messages';
import { readRow, type RowValue } from '$lib/ingest/rowValues';
import { readTable } from '$lib/ingest/table';
import type { IngestResult } from '$lib/ingest/types';

export function wholeFileIngest(input: Uint8Array | string, options: IngestOptions): IngestResult {
	const notes: string[] = [];
	const noteMessages: IngestMessage[] = [];
	const note = (said: IngestMessage) => {
		notes.push(said.message);
		noteMessages.push(said);
	};
	let text = input as string;
	if (typeof input !== 'string') {
		const decoded = decodeBytes(input);
		text = decoded.text;
		note(explain('encoding', { encoding: decoded.encoding, bom: decoded.bom ? 1 : 0 }));
	}
	const table = readTable(text.replace(/^\ufeff/, ''), options.delimiter);
	note(explain('delimiter', { delimiter: table.delimiter === '\t' ? 'tab' : table.delimiter }));
	const result: IngestResult = {
		rows: table.records.length,
		accepted: 0,
		rejected: 0,
		issues: [],
		values: [],
		noData: 0,
		skipped: table.skipped,
		notes,
		noteMessages
	};
	const { resolved, issues } = resolveMapping(table.header, options, table.headerRow);
	if (!resolved) {
		result.issues = issues;
		result.rejected = result.rows;
		return result;
	}
	const values: RowValue[] = [];
	const firstRowOf = new Map<string, number>();
	let leftOut = 0;
	for (const { row, cells } of table.records) {
		const reading = readRow(row, cells, table.header, resolved, options);
		if (reading.leftOut) leftOut++;
		if (!options.sumRows) reading.issues.push(...duplicates(reading.values, row, firstRowOf));
		if (reading.issues.length) {
			result.rejected++;
			result.issues.push(...reading.issues);
			continue;
		}
		result.accepted++;
		result.noData += reading.noData;
		values.push(...reading.values);
	}
	if (leftOut) note(explain('rowsLeftOut', { count: leftOut }));
	const sums = aggregate(values, { levels: levelsOf(options), regionOf: options.regionOf });
	result.values = sums.values;
	sums.noteMessages.forEach(note);
	if (sums.communes) result.communes = sums.communes;
	return result;
}
