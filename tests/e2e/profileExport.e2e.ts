import { writeFile } from 'node:fs/promises';
import { colourRuns, decodePng, exportFrom } from './exportChecks';
import { expect, open, test } from './fixtures';

/** The axes' grey: the lengths of its longest lines are the plot's width and height. */
const AXIS = '#8a8a8a';

test('a profile’s trend exported as a slide fills the 1920 × 1080 canvas, from a phone as from a desktop', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const images: Buffer[] = [];
	for (const width of [375, 1440]) {
		const page = await browser.newPage({ viewport: { width, height: width === 375 ? 812 : 900 } });
		await open(page, '/departement/74');
		const card = page.locator('.card', { has: page.locator('.trend') }).first();
		const { bytes } = await exportFrom(page, card, /^Diapositive/);
		await writeFile(test.info().outputPath(`profile-trend-slide-${width}.png`), bytes);
		const png = decodePng(bytes);
		expect([png.width, png.height]).toEqual([1920, 1080]);
		const plot = colourRuns(bytes, AXIS);
		// The slide keeps its right column for the sources: the plot has about 0.55 of the width.
		expect(plot.width, `plot width at ${width} px`).toBeGreaterThan(0.5);
		expect(plot.height, `plot height at ${width} px`).toBeGreaterThan(0.55);
		images.push(bytes);
		await page.close();
	}
	expect(images[0].equals(images[1])).toBe(true);
});
