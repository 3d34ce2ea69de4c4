import { readNumber } from '../ingest/readNumber';

/**
 * Reads a number written the French or the English way; null when the text is not a number
 * (or is a "no data" mark). The atlas's one reader is `readNumber` in `$lib/ingest`.
 * @example parseNumber('1 234,5') // 1234.5
 */
export function parseNumber(text: string): number | null {
	const reading = readNumber(text);
	return reading.kind === 'number' ? reading.value : null;
}
