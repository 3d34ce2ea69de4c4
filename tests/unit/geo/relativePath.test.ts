import { describe, expect, it } from 'vitest';
import { relativePath } from '$lib/geo/relativePath';

/** The absolute points an M/m, L/l, Z/z path draws, read back as a browser would. */
function points(d: string): [number, number][] {
	const out: [number, number][] = [];
	let [x, y, sx, sy] = [0, 0, 0, 0];
	for (const [, command, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
		if (command === 'Z' || command === 'z') {
			[x, y] = [sx, sy];
			continue;
		}
		const numbers = (args.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
		for (let i = 0; i < numbers.length; i += 2) {
			const relative = command === 'l' || (command === 'm' && i > 0);
			[x, y] = relative ? [x + numbers[i], y + numbers[i + 1]] : [numbers[i], numbers[i + 1]];
			if (command === 'M' || command === 'm') if (i === 0) [sx, sy] = [x, y];
			out.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
		}
	}
	return out;
}

describe('relativePath', () => {
	const outline =
		'M682.6,180.5L671.6,185.1L673.5,204L667.5,230.7L682.6,180.5ZM10,-20L0.5,-19.9L10,-20Z';

	it('draws the same points as the absolute path, with no drift along the line', () => {
		expect(points(relativePath(outline, 1))).toEqual(points(outline));
	});

	it('is shorter', () => {
		expect(relativePath(outline, 1)).toBe(
			'M682.6,180.5l-11,4.6 1.9,18.9-6,26.7 15.1-50.2zM10,-20l-9.5,.1 9.5-.1z'
		);
	});

	it('keeps whole-pixel paths whole', () => {
		expect(relativePath('M434,-20L434,-17L421,-11Z', 0)).toBe('M434,-20l0,3-13,6z');
	});

	it('leaves a path with other commands as it was', () => {
		expect(relativePath('M2 4h12', 1)).toBe('M2 4h12');
		expect(relativePath('', 1)).toBe('');
	});
});
