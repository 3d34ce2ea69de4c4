import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { exportFrom } from './exportChecks';
import { expect, open, test } from './fixtures';
import { svgFigureProblems } from './layoutChecks';

/**
 * Exported SVG figures keep every text inside the figure and no two texts on top of each
 * other: the map and each chart as the browser exports them, in French and English, and every
 * figure of the headless export (`npm run export -- --all`). Each figure is drawn alone in a
 * blank page at its own size and measured like a page (layoutChecks.ts).
 */

const SVG_ITEM = /^SVG/;

async function checkExports(page: Page, figures: { name: string; scope: Locator }[]) {
	const blank = await page.context().newPage();
	const defects: string[] = [];
	for (const { name, scope } of figures) {
		const { fileName, bytes } = await exportFrom(page, scope, SVG_ITEM);
		const problems = await svgFigureProblems(blank, bytes.toString('utf8'));
		defects.push(...problems.map((problem) => `${name} (${fileName}): ${problem}`));
	}
	await blank.close();
	return defects;
}

for (const lang of ['fr', 'en'] as const) {
	const query = lang === 'en' ? '?lang=en' : '';

	test(`the map's and the charts' exported SVGs keep their texts inside and apart (${lang})`, async ({
		page
	}) => {
		test.setTimeout(60_000);
		await open(page, `/${query}`);
		const defects = await checkExports(page, [
			{ name: `map on /${query}`, scope: page.locator('section.map-panel') }
		]);
		await open(page, `/compare${query}`);
		const charts = ['regions', 'ranking', 'trend', 'scatter', 'maps'].map((id) => ({
			name: `${id} chart on /compare${query}`,
			scope: page.locator(`section#${id}`)
		}));
		defects.push(...(await checkExports(page, charts)));
		await open(page, `/departement/74${query}`);
		defects.push(
			...(await checkExports(page, [
				{
					name: `trend card on /departement/74${query}`,
					scope: page.locator('article[data-indicator="jobs_total_private_dec31"]')
				}
			]))
		);
		expect(defects).toEqual([]);
	});

	test(`every figure of the headless export keeps its texts inside and apart (${lang})`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		const out = test.info().outputPath('figures');
		await promisify(execFile)(
			'node',
			['scripts/export.mjs', '--all', '--lang', lang, '--format', 'svg', '--out', `${out}/`],
			{ timeout: 90_000 }
		);
		const files = (await readdir(out)).filter((file) => file.endsWith('.svg')).sort();
		expect(files.length).toBeGreaterThan(50);
		const defects: string[] = [];
		for (const file of files) {
			const problems = await svgFigureProblems(page, await readFile(`${out}/${file}`, 'utf8'));
			defects.push(...problems.map((problem) => `${file} (--lang ${lang}): ${problem}`));
		}
		expect(defects).toEqual([]);
	});
}
