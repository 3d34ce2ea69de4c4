import { Ingester } from '../ingest/ingestStream';
import { sourceReading, type SourceReading } from './readSource';
import type { SourceDefinition } from './types';

/**
 * `readSource` for a file read chunk by chunk (`fs.createReadStream`): the national commune × APE
 * export goes through in bounded memory.
 */
export async function readSourceStream(
	source: SourceDefinition,
	chunks: AsyncIterable<Uint8Array>
): Promise<SourceReading> {
	const reader = new Ingester(source.options);
	for await (const chunk of chunks) reader.push(chunk);
	return sourceReading(source, reader.end());
}
