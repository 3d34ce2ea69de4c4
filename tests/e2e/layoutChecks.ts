import type { Page } from '@playwright/test';
import { describeCuts, describeOverlap, findCuts, findOverlaps, seenTexts } from './layoutGeometry';
import { measureLayout, type Measured } from './layoutMeasure';

/** Pixels two texts may share, or a text may pass its container's edge, before it counts. */
export const TOLERANCE_PX = 2;

/**
 * What a reader would see wrong in a measured page: texts drawn over each other (HTML and SVG
 * text alike, so map labels that collide count), texts cut by a container or outside an SVG's
 * viewBox, a select too narrow for its selected option, a page that scrolls sideways.
 * Text in a container that scrolls sideways is not cut when the container says so with
 * `data-scroll-x` (and shows a visible cue, e.g. a fade or "faites défiler").
 */
export function layoutProblems(measured: Measured): string[] {
	const seen = seenTexts(measured.texts);
	const problems = [
		...findOverlaps(seen, TOLERANCE_PX).map(describeOverlap),
		...describeCuts(findCuts(measured.texts, TOLERANCE_PX))
	];
	for (const select of measured.selects)
		if (select.textWidth > select.room + TOLERANCE_PX)
			problems.push(
				`select shows its option cut (${Math.round(select.textWidth)} px of text in ` +
					`${Math.round(select.room)} px): « ${select.text} » in ${select.where}`
			);
	if (measured.scrollWidth > measured.viewportWidth)
		problems.push(
			`page scrolls sideways: ${measured.scrollWidth} px wide in a ${measured.viewportWidth} px ` +
				`viewport; furthest right: ${measured.widest.map((e) => `${e.where} (${e.right} px)`).join(', ')}`
		);
	return problems;
}

/** Waits until fonts are in and two frames have been drawn, so the layout has settled. */
export async function settle(page: Page) {
	await page.evaluate(async () => {
		await document.fonts.ready;
		for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
	});
}

export async function checkLayout(page: Page): Promise<string[]> {
	await settle(page);
	return layoutProblems(await page.evaluate(measureLayout));
}

/**
 * The text checks on one exported SVG figure, drawn alone in a blank page at its own size:
 * every text inside the figure's viewBox, and no two texts overlapping.
 */
export async function svgFigureProblems(page: Page, svg: string): Promise<string[]> {
	const markup = svg.replace(/^<\?xml[^>]*>\s*/, '');
	await page.setContent(`<!doctype html><html><body style="margin:0">${markup}</body></html>`);
	await settle(page);
	const texts = (await page.evaluate(measureLayout)).texts.filter((text) => text.svg);
	return [
		...findOverlaps(seenTexts(texts), TOLERANCE_PX).map(describeOverlap),
		...describeCuts(findCuts(texts, TOLERANCE_PX))
	];
}
