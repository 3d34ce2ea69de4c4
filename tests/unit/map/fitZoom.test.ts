import { describe, expect, it } from 'vitest';
import { fitZoom } from '$lib/map/fitZoom';

describe('fitZoom', () => {
	it('centres a small area and makes it fill the asked share of the frame', () => {
		const zoom = fitZoom(
			[
				[100, 100],
				[150, 120]
			],
			800,
			600,
			0.5
		);
		expect(zoom?.k).toBeCloseTo(8);
		// The area's centre (125, 110) lands on the frame's centre (400, 300).
		expect(125 * zoom!.k + zoom!.x).toBeCloseTo(400);
		expect(110 * zoom!.k + zoom!.y).toBeCloseTo(300);
	});

	it('never zooms beyond ×12, and gives no zoom for an area that already fills the frame', () => {
		expect(
			fitZoom(
				[
					[10, 10],
					[11, 11]
				],
				800,
				600
			)?.k
		).toBe(12);
		expect(
			fitZoom(
				[
					[0, 0],
					[800, 600]
				],
				800,
				600
			)
		).toBeNull();
	});
});
