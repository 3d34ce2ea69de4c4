import { aggregate, communeCounts } from './aggregate';
// A cycle with ./ingest, used at call time only: `ingest()` wraps this class.
import { duplicates, levelsOf, type IngestOptions } from './ingest';
import { IssueList } from './issueList';
import { resolveMapping, type ResolvedMapping } from './mapping';
import { explain, type IngestMessage } from './messages';
import { readRow, type RowValue } from './rowValues';
import { StreamDecoder } from './streamDecode';
import { TableStream, type TableHeader } from './tableStream';
import type { ScannedRecord } from './scannedRecord';
import { departementOfCommune } from './territoryCode';
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
	/**
	 * Each territory's running sum per indicator and year (communes summed to their département),
	 * in maps of maps so that no key is built per figure; and the sums in the order first met.
	 */
	#sums = new Map<string, Map<string, Map<number, RowValue>>>();
	#sumsInOrder: RowValue[] = [];
	#firstRowOf = new Map<string, number>();
	/** Rows read and left out by the mapping's row filters, year pattern or category groups. */
	#leftOut = 0;
	/** The distinct commune codes summed into each département (at most ~35,000 codes in all). */
	#communesOf = new Map<string, Set<string>>();

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
		const sums = aggregate(this.#sumsInOrder, options);
		result.values = sums.values;
		sums.noteMessages.forEach(note);
		if (this.#communesOf.size)
			result.communes = communeCounts(this.#communesOf, sums.values, options);
		return result;
	}

	#onHeader(header: TableHeader) {
		this.#header = header;
		const { resolved, issues } = resolveMapping(header.header, this.#options, header.headerRow);
		this.#resolved = resolved;
		this.#mappingIssues = issues;
	}

	#onRecord(record: ScannedRecord) {
		this.#rows++;
		if (!this.#resolved) return;
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
		for (const v of reading.values) this.#add(v);
	}

	#add(v: RowValue) {
		const commune = v.level === 'commune';
		const code = commune ? departementOfCommune(v.code) : v.code;
		const level = commune ? 'departement' : v.level;
		if (commune) {
			let communes = this.#communesOf.get(code);
			if (!communes) this.#communesOf.set(code, (communes = new Set()));
			communes.add(v.code);
		}
		let byIndicator = this.#sums.get(level === 'departement' ? code : `${level}|${code}`);
		if (!byIndicator) {
			byIndicator = new Map();
			this.#sums.set(level === 'departement' ? code : `${level}|${code}`, byIndicator);
		}
		let byYear = byIndicator.get(v.indicator);
		if (!byYear) byIndicator.set(v.indicator, (byYear = new Map()));
		const sum = byYear.get(v.year);
		if (sum === undefined) {
			const first = { ...v, level, code };
			byYear.set(v.year, first);
			this.#sumsInOrder.push(first);
		} else {
			sum.value += v.value;
			if (v.decimals > sum.decimals) sum.decimals = v.decimals;
		}
	}
}

function encodingNote(decoder: StreamDecoder): IngestMessage {
	const bom = decoder.bom ? 1 : 0;
	if (decoder.switchedAt !== null)
		return explain('encodingSwitched', { bom, at: decoder.switchedAt });
	return explain('encoding', { encoding: decoder.encoding, bom });
}
