// Small figures helpers shared by the bench's parts.
export const median = (xs) => quantile(xs, 0.5);
export const p95 = (xs) => quantile(xs, 0.95);

/** Nearest-rank quantile of the finite values: one that was measured, never an interpolation. */
function quantile(xs, q) {
	const sorted = xs.filter(Number.isFinite).sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))];
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : 'n/a');

/** "label  figure   goal ≤ x ✓" in aligned columns; `atLeast` for a floor ("goal ≥ x"). */
export function goalLine(label, figure, shown, goal, goalShown, atLeast = false) {
	const met = atLeast ? figure >= goal : figure <= goal;
	const mark = Number.isFinite(figure) ? (met ? '✓' : '✗') : '?';
	return `  ${label.padEnd(50)} ${shown.padStart(22)}   goal ${atLeast ? '≥' : '≤'} ${goalShown} ${mark}`;
}

export const infoLine = (label, shown) => `  ${label.padEnd(50)} ${shown.padStart(22)}`;
