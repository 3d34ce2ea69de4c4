import { guessNewline, RecordReader } from './recordStream';
import { ScannedRecord } from './scannedRecord';
import {
	isNote,
	modalWidth,
	sniffDelimiter,
	SNIFF_LENGTH,
	type Delimiter,
	type TableRecord
} from './table';

export interface TableHeader {
	delimiter: Delimiter;
	header: string[];
	headerRow: number;
}

/** Note-like lines held back at once: beyond, the oldest is read as a data row. */
const MAX_HELD_NOTES = 10_000;

/**
 * `readTable` for text that arrives in chunks, holding only the first 64 KB: the delimiter, the
 * table's width and its header come from them (title lines before the header are skipped), then
 * each data record is passed on as it is read (a `ScannedRecord`, valid during the call). Lines
 * that look like notes (fewer cells than the table, at most one filled) are held back until a
 * full record follows them; those still held at the end are the notes after the table.
 */
export class TableStream {
	#delimiter?: Delimiter;
	#sample = '';
	#sampleNeeded = SNIFF_LENGTH;
	#consumed = 0;
	#reader: RecordReader | null = null;
	/** Records of the sample, until the header is chosen. */
	#early: TableRecord[] | null = [];
	#width = 0;
	#held: TableRecord[] = [];
	#before = 0;
	#onHeader: (header: TableHeader) => void;
	#onRecord: (record: ScannedRecord) => void;

	constructor(
		delimiter: Delimiter | undefined,
		onHeader: (header: TableHeader) => void,
		onRecord: (record: ScannedRecord) => void
	) {
		this.#delimiter = delimiter;
		this.#onHeader = onHeader;
		this.#onRecord = onRecord;
	}

	push(text: string) {
		if (!this.#reader) {
			this.#sample += text;
			if (this.#sample.length >= SNIFF_LENGTH) this.#start(false);
			return;
		}
		this.#reader.push(text);
		this.#consumed += text.length;
		if (this.#early && this.#early.length > 0 && this.#consumed >= this.#sampleNeeded)
			this.#chooseHeader();
	}

	/** Ends the table: the notes held back are counted, never read as rows. */
	end(): { before: number; after: number } {
		if (!this.#reader) this.#start(true);
		else this.#reader.end();
		if (this.#early) this.#chooseHeader();
		return { before: this.#before, after: this.#held.length };
	}

	#start(ended: boolean) {
		const sample = this.#sample.replace(/^\ufeff/, '');
		this.#sample = '';
		const delimiter = this.#delimiter ?? sniffDelimiter(sample.slice(0, SNIFF_LENGTH));
		this.#delimiter = delimiter;
		this.#reader = new RecordReader(delimiter, guessNewline(sample), (record) => {
			if (!record.isBlank()) this.#record(record);
		});
		this.#reader.push(sample);
		this.#consumed = sample.length;
		if (ended) this.#reader.end();
		// The header is chosen among complete records: a sample without one waits for more text.
		if (ended || this.#early!.length > 0) this.#chooseHeader();
		else this.#sampleNeeded = 2 * sample.length;
	}

	#chooseHeader() {
		const records = this.#early!;
		this.#early = null;
		const { width } = modalWidth(records);
		const index = records.findIndex((r) => r.cells.length === width);
		this.#width = width;
		this.#before = Math.max(index, 0);
		this.#onHeader({
			delimiter: this.#delimiter!,
			header: (records[index]?.cells ?? []).map((c) => c.replace(/\ufeff/g, '').trim()),
			headerRow: records[index]?.row ?? 0
		});
		if (index >= 0) for (const r of records.slice(index + 1)) this.#record(this.#replayed(r));
	}

	#record(record: ScannedRecord) {
		if (this.#early) {
			this.#early.push(record.toTableRecord());
			return;
		}
		if (record.count !== this.#width) {
			const kept = record.toTableRecord();
			if (isNote(kept)) {
				this.#held.push(kept);
				if (this.#held.length > MAX_HELD_NOTES) this.#onRecord(this.#replayed(this.#held.shift()!));
				return;
			}
		}
		for (const held of this.#held) this.#onRecord(this.#replayed(held));
		this.#held = [];
		this.#onRecord(record);
	}

	/** A record kept as strings (the sample's, a held note), passed on as the scanner's are. */
	#replayed({ row, cells }: TableRecord): ScannedRecord {
		const record = new ScannedRecord();
		record.setCells(row, cells);
		return record;
	}
}
