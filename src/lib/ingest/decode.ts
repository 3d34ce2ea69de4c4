export interface DecodedText {
	text: string;
	encoding: 'utf-8' | 'windows-1252';
	/** Whether the bytes started with a UTF-8 byte-order mark (removed from `text`). */
	bom: boolean;
}

/**
 * Turns a file's bytes into text: UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise
 * (INSEE's and many Excel exports); a leading BOM is removed.
 * @example decodeBytes(new Uint8Array([0x43, 0xf4, 0x74, 0x65])).text // 'Côte'
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const body = bom ? bytes.subarray(3) : bytes;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom };
	} catch {
		return { text: decodeWindows1252(body), encoding: 'windows-1252', bom };
	}
}

/** 0x80–0x9F in Windows-1252 (€, ‚, ƒ, „, …, œ, Ÿ…); undefined bytes stay as their code. */
const HIGH =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

// Decoded by hand: Node's TextDecoder reads 'windows-1252' as ISO-8859-1 and would lose '€' and '’'.
export function decodeWindows1252(bytes: Uint8Array): string {
	const parts: string[] = [];
	const CHUNK = 8192;
	for (let start = 0; start < bytes.length; start += CHUNK) {
		const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
			b >= 0x80 && b <= 0x9f ? HIGH.charCodeAt(b - 0x80) : b
		);
		parts.push(String.fromCharCode(...codes));
	}
	return parts.join('');
}
