/**
 * SVG snapshot of the printable key-figures sheet (what `npm run export -- --view key-figures`
 * writes), drawn from the synthetic territory fixture, and of an exported card and claims table.
 * Update with `npx vitest run tests/snapshots -u` after checking the diff.
 */
import { describe, expect, it } from 'vitest';
import { cardSvg, claimsSvg } from '$lib/territory/cardSvg';
import { checkClaims } from '$lib/territory/claimChecks';
import { CLAIMS } from '$lib/territory/claims';
import { keyFigureCards } from '$lib/territory/keyFigures';
import { keyFiguresSheet } from '$lib/territory/sheetSvg';
import { withTerritory } from '$lib/territory/territory';
import { territoryFixtureModel } from '../fixtures/territoryFixture';

/** One tag a line, for readable diffs. */
const tidy = (svg: string) => `${svg.replace(/></g, '>\n<')}\n`;
const standalone = ({ markup, width, height }: { markup: string; width: number; height: number }) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${markup}</svg>`;
const model = withTerritory(territoryFixtureModel());

describe('key-figures sheet', () => {
	it('draws A4 pages: title, cards, claims and footnotes (French)', async () => {
		const sheet = keyFiguresSheet(model, 'fr', '3 décembre 2026');
		expect(sheet.pages.length).toBe(1);
		await expect(tidy(sheet.svg)).toMatchFileSnapshot('./output/key-figures-sheet.svg');
	});

	it('draws a card and the claims table for the export menu (English)', async () => {
		const [card] = keyFigureCards(model, 'en');
		await expect(tidy(standalone(cardSvg(card, 'en')))).toMatchFileSnapshot(
			'./output/key-figures-card-en.svg'
		);
		await expect(tidy(standalone(claimsSvg(checkClaims(model, CLAIMS), 'en')))).toMatchFileSnapshot(
			'./output/key-figures-claims-en.svg'
		);
	});
});
