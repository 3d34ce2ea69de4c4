/** What an export file name is made of; empty parts are left out. */
export interface FileParts {
	view: string;
	indicator: string;
	year?: string | number;
	scope?: string;
}

export type ExportExtension = 'png' | 'svg' | 'csv';

const PREFIX = 'cimes-atlas';
const MAX_PART = 60;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l' };

/**
 * A file-name-safe slug: lowercase, accents stripped (NFD), ligatures spelt out, every run of
 * other characters turned into one '-', trimmed, at most 60 characters.
 * @example slugify('Part de l’emploi « industrie », Côte-d’Or') // 'part-de-l-emploi-industrie-cote-d-or'
 */
export function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[œæßøđł]/g, (c) => LIGATURES[c])
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, MAX_PART)
		.replace(/^-+|-+$/g, '');
}

/**
 * The name of an export: 'cimes-atlas', then view, indicator, year and scope slugified and
 * joined with '_', then an optional suffix (e.g. the PNG scale '2x') and the extension.
 * @example exportFileName({ view: 'Carte', indicator: 'Emplois industrie', year: 2025, scope: 'AURA NA' }, 'png', { suffix: '2x' })
 * // 'cimes-atlas_carte_emplois-industrie_2025_aura-na_2x.png'
 */
export function exportFileName(
	parts: FileParts,
	extension: ExportExtension,
	options: { suffix?: string } = {}
): string {
	const pieces = [PREFIX, parts.view, parts.indicator, parts.year, parts.scope, options.suffix]
		.map((piece) => (piece === undefined ? '' : slugify(String(piece))))
		.filter(Boolean);
	return `${pieces.join('_')}.${extension}`;
}
