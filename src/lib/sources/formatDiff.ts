import type { FigureDiff } from './diffFigures';

const signed = (n: number) => `${n > 0 ? '+' : ''}${(n * 100).toFixed(1)} %`;

/**
 * The diff as lines for a terminal: one per indicator and year with something added, changed,
 * removed or re-sourced, then the largest moves, then the refusals.
 * @example formatDiff(diff)[0] // 'jobs_sector_industry_dec31 2006: 26 added'
 */
export function formatDiff(diff: FigureDiff): string[] {
	const lines: string[] = [];
	for (const c of diff.changes) {
		const parts = [
			c.added && `${c.added} added`,
			c.changed && `${c.changed} changed`,
			c.removed && `${c.removed} removed`,
			c.resourced && `${c.resourced} same value from a new source`
		].filter(Boolean);
		lines.push(`${c.indicator} ${c.year}: ${parts.join(', ')}`);
	}
	if (!lines.length) lines.push('no figure added, changed or removed');
	if (diff.largestMoves.length) {
		lines.push('largest moves:');
		for (const m of diff.largestMoves)
			lines.push(
				`  ${m.indicator} ${m.geo_level} ${m.geo_code} ${m.year}: ${m.from} → ${m.to} (${signed(m.relative)})`
			);
	}
	for (const r of diff.refusals) lines.push(`looks like a format change: ${r}`);
	return lines;
}
