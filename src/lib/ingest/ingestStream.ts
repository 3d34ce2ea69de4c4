import { aggregate, communeCounts } from './aggregate';
// A cycle with ./ingest, used at call time only: `ingest()` wraps this class.
import { duplicates, levelsOf, type IngestOptions } from './ingest';
import { IssueList } from './issueList';
import { resolveMapping, type ResolvedMapping } from './mapping';
import { explain, type IngestMessage } from './messages';
import { FastRowReader } from './fastRow';
import { readRow } from './rowValues';
import { StreamDecoder } from './streamDecode';
import { TableStream, type TableHeader } from './tableStream';
import type { ScannedRecord } from './scannedRecord';
import { TerritorySums } from './territorySums';
import type { IngestIssue, IngestResult } from './types';

const SLICE = 64 * 1024;

/**
 * The reading core, fed chunk by chunk: bytes (or text) → decoded text → CSV records → `readRow`
 * → sums per territory, indicator and year, folded in as rows arrive. Holds the first 64 KB of
 * text, the sums, the first issues, the keys already seen (for duplicates) and the commune codes
 * seen per département (for the join report's counts), never the rows.
 * `end()` gives what `ingest()` gives for the whole file.
 * @example const reader = new Ingester(options); for await (const chunk of stream) reader.push(chunk); reader.end()
 */
export class Ingester {
	#options: IngestOptions;
	#decoder: StreamDecoder | null = null;
	#table: TableStream;
	#header: TableHeader | null = null;
	#resolved: ResolvedMapping | undefined;
	#mappingIssues: IngestIssue[] = [];
	#rows = 0;
	#accepted = 0;
	#rejected = 0;
	#noData = 0;
	#issues = new IssueList();
	#sums = new TerritorySums();
	/** Reads the rows without a problem, when the mapping allows; `readRow` reads the others. */
	#fast: FastRowReader | null = null;
	#firstRowOf = new Map<string, number>();
	/** Rows read and left out by the mapping's row filters, year pattern or category groups. */
	#leftOut = 0;

	constructor(options: IngestOptions) {
		this.#options = options;
		this.#table = new TableStream(
			options.delimiter,
			(header) => this.#onHeader(header),
			(record) => this.#onRecord(record)
		);
	}

	/** A chunk of the file's bytes, or of its text (then every chunk must be text), of any size. */
	push(chunk: Uint8Array | string) {
		// Read in slices: a slice's records are garbage before the young generation fills up.
		for (let start = 0; start < chunk.length; start += SLICE) {
			if (typeof chunk === 'string') this.#table.push(chunk.slice(start, start + SLICE));
			else this.#pushBytes(chunk.subarray(start, start + SLICE));
		}
	}

	#pushBytes(bytes: Uint8Array) {
		this.#decoder ??= new StreamDecoder();
		const text = this.#decoder.push(bytes);
		if (text !== '') this.#table.push(text);
	}

	end(): IngestResult {
		const notes: string[] = [];
		const noteMessages: IngestMessage[] = [];
		const note = (said: IngestMessage) => {
			notes.push(said.message);
			noteMessages.push(said);
		};
		if (this.#decoder) {
			const rest = this.#decoder.end();
			if (rest !== '') this.#table.push(rest);
			note(encodingNote(this.#decoder));
		}
		const skipped = this.#table.end();
		const delimiter = this.#header?.delimiter ?? this.#options.delimiter ?? ';';
		note(explain('delimiter', { delimiter: delimiter === '\t' ? 'tab' : delimiter }));
		const result: IngestResult = {
			rows: this.#rows,
			accepted: this.#accepted,
			rejected: this.#rejected,
			issues: this.#issues.issues,
			values: [],
			noData: this.#noData,
			skipped,
			notes,
			noteMessages
		};
		if (this.#issues.more) result.moreIssues = this.#issues.more;
		if (!this.#resolved) {
			result.issues = this.#mappingIssues;
			result.rejected = result.rows;
			return result;
		}
		if (this.#leftOut) note(explain('rowsLeftOut', { count: this.#leftOut }));
		const options = { levels: levelsOf(this.#options), regionOf: this.#options.regionOf };
		// Communes are already summed into their département: their counts come from the codes seen.
		const sums = aggregate(this.#sums.inOrder, options);
		result.values = sums.values;
		sums.noteMessages.forEach(note);
		if (this.#sums.communesOf.size)
			result.communes = communeCounts(this.#sums.communesOf, sums.values, options);
		return result;
	}

	#onHeader(header: TableHeader) {
		this.#header = header;
		const { resolved, issues } = resolveMapping(header.header, this.#options, header.headerRow);
		this.#resolved = resolved;
		this.#mappingIssues = issues;
		if (resolved)
			this.#fast = FastRowReader.for(header.header.length, resolved, this.#options, this.#sums);
	}

	#onRecord(record: ScannedRecord) {
		this.#rows++;
		if (!this.#resolved) return;
		const fast = this.#fast?.read(record);
		if (fast) {
			this.#accepted++;
			if (fast === 'leftOut') this.#leftOut++;
			else this.#noData += this.#fast!.noData;
			return;
		}
		const { row } = record;
		const cells = record.cells();
		const reading = readRow(row, cells, this.#header!.header, this.#resolved, this.#options);
		if (reading.leftOut) this.#leftOut++;
		if (!this.#options.sumRows)
			reading.issues.push(...duplicates(reading.values, row, this.#firstRowOf));
		if (reading.issues.length) {
			this.#rejected++;
			this.#issues.add(reading.issues);
			return;
		}
		this.#accepted++;
		this.#noData += reading.noData;
		for (const v of reading.values) this.#sums.add(v);
	}
}

function encodingNote(decoder: StreamDecoder): IngestMessage {
	const bom = decoder.bom ? 1 : 0;
	if (decoder.switchedAt !== null)
		return explain('encodingSwitched', { bom, at: decoder.switchedAt });
	return explain('encoding', { encoding: decoder.encoding, bom });
}
