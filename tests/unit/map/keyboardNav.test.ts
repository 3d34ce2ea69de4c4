import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { isDirection, nextArea, tabStop, type Direction } from '$lib/map/keyboardNav';
import { MAP_FRAME, shapeViewOf } from '$lib/map/mapFrame';
import { buildMapShapes } from '$lib/map/mapShapes';

const france = JSON.parse(
	readFileSync(join(process.cwd(), 'data/geo/france.topo.json'), 'utf8')
) as Topology;
const areasOf = (level: 'departement' | 'region', scope: 'both' | '84' | '75') =>
	buildMapShapes(france, shapeViewOf(level, scope), MAP_FRAME.width, MAP_FRAME.height).areas;
const departements = areasOf('departement', 'both');
const DIRECTIONS: Direction[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

/** Fewest arrow presses from one area to each other one (breadth-first over the arrow moves). */
function pressesFrom(areas: typeof departements, from: string): Map<string, number> {
	const presses = new Map([[from, 0]]);
	const queue = [from];
	for (let code = queue.shift(); code !== undefined; code = queue.shift()) {
		for (const direction of DIRECTIONS) {
			const next = nextArea(areas, code, direction);
			if (next && !presses.has(next)) {
				presses.set(next, presses.get(code)! + 1);
				queue.push(next);
			}
		}
	}
	return presses;
}

describe('arrow keys on the map move to the nearest area in that direction', () => {
	it.each([
		['26', 'ArrowUp', '38'], // Drôme → Isère, not Ardèche, which lies west
		['07', 'ArrowRight', '26'],
		['26', 'ArrowRight', '73'],
		['73', 'ArrowUp', '74'],
		['74', 'ArrowDown', '73'],
		['69', 'ArrowRight', '01'],
		['63', 'ArrowDown', '15'],
		['33', 'ArrowDown', '40'],
		['17', 'ArrowRight', '16']
	] as const)('from %s, %s goes to %s', (from, key, to) => {
		expect(nextArea(departements, from, key)).toBe(to);
	});

	it('ArrowRight from Ardèche then ArrowUp reaches Haute-Savoie', () => {
		let code = '07';
		for (let next = nextArea(departements, code, 'ArrowRight'); next;) {
			code = next;
			next = nextArea(departements, code, 'ArrowRight');
		}
		expect(code).toBe('73');
		expect(nextArea(departements, code, 'ArrowUp')).toBe('74');
	});

	it.each([
		['departement', 'both'],
		['region', 'both']
	] as const)(
		'at %s level, a move leaves the ±60° cone only when no area lies within it',
		(level, scope) => {
			const areas = areasOf(level, scope);
			const angle = (a: (typeof areas)[number], b: (typeof areas)[number], d: Direction) => {
				const [dx, dy] = [b.centroid[0] - a.centroid[0], b.centroid[1] - a.centroid[1]];
				const [vx, vy] = {
					ArrowLeft: [-1, 0],
					ArrowRight: [1, 0],
					ArrowUp: [0, -1],
					ArrowDown: [0, 1]
				}[d];
				return (Math.acos((dx * vx + dy * vy) / Math.hypot(dx, dy)) * 180) / Math.PI;
			};
			const strays = areas.flatMap((a) =>
				DIRECTIONS.flatMap((d) => {
					const to = areas.find((b) => b.code === nextArea(areas, a.code, d));
					const coneHasOne = areas.some((b) => b !== a && angle(a, b, d) <= 60);
					return to && angle(a, to, d) > 60 && coneHasOne ? [`${a.code} ${d} → ${to.code}`] : [];
				})
			);
			expect(strays).toEqual([]);
		}
	);

	it('stops at the edge of the map', () => {
		expect(nextArea(departements, '64', 'ArrowDown')).toBeNull();
		expect(nextArea(departements, '73', 'ArrowRight')).toBeNull();
	});

	it.each([
		['departement', 'both'],
		['departement', '84'],
		['departement', '75'],
		['region', 'both']
	] as const)('at %s level (%s), every area reaches every other by arrows', (level, scope) => {
		const areas = areasOf(level, scope);
		for (const { code } of areas) {
			const presses = pressesFrom(areas, code);
			expect([...presses.keys()].sort(), `from ${code}`).toEqual(areas.map((a) => a.code).sort());
		}
	});

	it('knows its keys, and starts from the first area when the focus is elsewhere', () => {
		expect(DIRECTIONS.every(isDirection)).toBe(true);
		expect(isDirection('Enter')).toBe(false);
		expect(nextArea(departements, 'nowhere', 'ArrowUp')).toBe(departements[0].code);
	});
});

describe('the map is one Tab stop', () => {
	it.each([
		[null, null, '01'],
		[null, '38', '38'],
		['74', '38', '74'],
		['99', 'xx', '01']
	])('selected %s, last focused %s: the stop is %s', (selected, last, stop) => {
		expect(tabStop(['01', '03', '38', '74'], selected, last)).toBe(stop);
	});

	it('has no stop on an empty map', () => {
		expect(tabStop([], null, null)).toBeNull();
	});
});
