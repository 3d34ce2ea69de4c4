/** Small pure helpers to write SVG text: escaping, rounding and wrapping. */

const entities: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/**
 * Escapes the five XML special characters, for text content and attribute values alike.
 * @example escapeXml('R&D <2021>') // 'R&amp;D &lt;2021&gt;'
 */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => entities[c]);
}

/**
 * Rounds to one decimal for stable, short SVG numbers (never '-0').
 * @example round1(12.345) // 12.3
 */
export function round1(n: number): number {
	const r = Math.round(n * 10) / 10;
	return r === 0 ? 0 : r;
}

/**
 * Splits a text into lines of at most `maxChars` characters, breaking at spaces; a word longer
 * than a line is cut. Whitespace runs collapse; an empty text gives no line.
 * @example wrapText('Emplois salariés de l’industrie', 16) // ['Emplois salariés', 'de l’industrie']
 */
export function wrapText(text: string, maxChars: number): string[] {
	const width = Math.max(1, Math.floor(maxChars));
	const lines: string[] = [];
	let line = '';
	// Only ordinary spaces break: a no-break space keeps '10 000' and '12,5 %' together.
	for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
		const chunks =
			word.length > width ? (word.match(new RegExp(`.{1,${width}}`, 'gu')) ?? []) : [word];
		for (const chunk of chunks) {
			if (!line) line = chunk;
			else if (line.length + 1 + chunk.length <= width) line += ` ${chunk}`;
			else {
				lines.push(line);
				line = chunk;
			}
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** How many characters of a font size fit in a width (average glyph ≈ 0.55 em, bold ≈ 0.6 em). */
export function charsFor(width: number, fontSize: number, bold = false): number {
	return Math.max(8, Math.floor(width / (fontSize * (bold ? 0.6 : 0.55))));
}

export type Attrs = Record<string, string | number | undefined>;

/** Attributes as an escaped XML string, in insertion order, skipping undefined ones. */
export function attrs(values: Attrs): string {
	return Object.entries(values)
		.filter((entry): entry is [string, string | number] => entry[1] !== undefined)
		.map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? String(round1(v)) : v)}"`)
		.join('');
}

/**
 * One `<text>` element per line, the first baseline at `y`.
 * @example textLines(['a', 'b'], 0, 10, 12, {}) // '<text x="0" y="10">a</text><text x="0" y="22">b</text>'
 */
export function textLines(
	lines: string[],
	x: number,
	y: number,
	lineHeight: number,
	extra: Attrs
): string {
	return lines
		.map(
			(line, i) => `<text${attrs({ x, y: y + i * lineHeight, ...extra })}>${escapeXml(line)}</text>`
		)
		.join('');
}
