import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	EUROSTAT_RD_PERSONNEL,
	INSEE_LAND_AREA,
	readSource,
	readSourceStream,
	URSSAF_DEPARTEMENT_SECTOR
} from '$lib/sources';

const file = new URL(
	'../../../data/sources/official/urssaf-dep-grand-secteur-tranche-GS1-24dep.csv',
	import.meta.url
);

describe('a source read as a stream (data:update)', () => {
	it('gives the figures, counts and format checks of the whole-file reading', async () => {
		const whole = readSource(URSSAF_DEPARTEMENT_SECTOR, new Uint8Array(fs.readFileSync(file)));
		const streamed = await readSourceStream(
			URSSAF_DEPARTEMENT_SECTOR,
			fs.createReadStream(file, { highWaterMark: 4096 })
		);
		expect(streamed).toEqual(whole);
		expect(streamed.rows).toHaveLength(2 * 26 * 20);
	});

	it.each([
		['eurostat/eurostat-rd-personnel.json', EUROSTAT_RD_PERSONNEL],
		['insee/base_cc_comparateur.csv', INSEE_LAND_AREA]
	] as const)(
		'reads %s (its own reader, or a ZIP entry) whole, as readSource does',
		async (name, source) => {
			const sample = new URL(`../../fixtures/sources/${name}`, import.meta.url);
			const whole = readSource(source, new Uint8Array(fs.readFileSync(sample)));
			const streamed = await readSourceStream(
				source,
				fs.createReadStream(sample, { highWaterMark: 1024 })
			);
			expect(streamed).toEqual(whole);
			expect(streamed.rows.length).toBeGreaterThan(0);
		}
	);
});
