const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte' };

/**
 * A name or query reduced to what a reader types: no accents, lower case, words split by single
 * spaces (hyphens and apostrophes count as spaces), "St" and "Ste" spelt out.
 * @example normalizeName('Puy-de-Dôme') // 'puy de dome'
 */
export function normalizeName(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== '')
		.map((word) => ABBREVIATIONS[word] ?? word)
		.join(' ');
}

/**
 * A département code as typed ('1', '01', '2a') in the INSEE form ('01', '2A'); null if the
 * query is not shaped like a code.
 * @example codeOf(' 2a ') // '2A'
 */
export function codeOf(query: string): string | null {
	const q = query.trim().toUpperCase();
	if (/^\d$/.test(q)) return `0${q}`;
	return /^(\d{2,3}|2[AB])$/.test(q) ? q : null;
}
