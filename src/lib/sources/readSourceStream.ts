import { Ingester } from '../ingest/ingestStream';
import { readSource, sourceReading, type SourceReading } from './readSource';
import type { SourceDefinition } from './types';

/**
 * `readSource` for a file read chunk by chunk (`fs.createReadStream`): the national commune × APE
 * export goes through in bounded memory. A source with its own reader (JSON-stat) or published
 * in a ZIP archive is read whole, as `readSource` reads it: its chunks are gathered first.
 */
export async function readSourceStream(
	source: SourceDefinition,
	chunks: AsyncIterable<Uint8Array>
): Promise<SourceReading> {
	if (source.read || source.archiveEntry) return readSource(source, await gathered(chunks));
	const reader = new Ingester(source.options);
	for await (const chunk of chunks) reader.push(chunk);
	return sourceReading(source, reader.end());
}

async function gathered(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	let length = 0;
	for await (const chunk of chunks) {
		parts.push(chunk);
		length += chunk.length;
	}
	const bytes = new Uint8Array(length);
	let at = 0;
	for (const part of parts) {
		bytes.set(part, at);
		at += part.length;
	}
	return bytes;
}
