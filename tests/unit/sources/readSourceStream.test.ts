import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSource, readSourceStream, URSSAF_DEPARTEMENT_SECTOR } from '$lib/sources';

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
});
