import { render } from 'svelte/server';
import { fetchDataFile } from '../../server/dataFiles';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { loadAtlas } from '../../data/loadAtlas';
import { MEASURE_IDS } from '../../data/measures';
import type { AtlasModel } from '../../data/model';
import { formatIssue } from '../../i18n/formatIssue';
import { composeBest } from '../composeFigure';
import { exportFileName } from '../fileName';
import { layoutsOf, pixelSize, PRESET_SUFFIX, SCREEN } from '../layouts';
import type { RenderComponent } from '../renderOffscreen';
import { parseExportArgs, type ExportOptions, type View } from './exportArgs';
import { chartFigureOf } from './chartFigure';
import { svgBody } from './cleanMarkup';
import { exportKeyFigures } from './keyFiguresExport';
import { mapFigureOf, type RenderedFigure } from './mapFigure';
import { withTerritory } from '../../territory/territory';

/** Draws a component on the server (svelte/server), as the browser draws it off screen. */
const serverRender: RenderComponent = (component, props) =>
	svgBody(render(component, { props }).body);

type Renderer = (model: AtlasModel, options: ExportOptions, date: string) => RenderedFigure | null;

/** How each view is drawn on the server, with the components of the browser. */
export const RENDERERS: Partial<Record<View, Renderer>> = {
	map: (model, o, date) =>
		mapFigureOf(
			model,
			{
				lang: o.lang,
				indicator: o.indicator,
				year: o.year ?? null,
				...(o.measure ? { measure: o.measure as never } : {}),
				...(o.scope ? { scope: o.scope as never } : {})
			},
			date
		),
	regions: (model, o, date) => chartFigureOf(withTerritory(model), 'regions', o, date),
	ranking: (model, o, date) => chartFigureOf(withTerritory(model), 'ranking', o, date),
	trend: (model, o, date) => chartFigureOf(withTerritory(model), 'trend', o, date),
	scatter: (model, o, date) => chartFigureOf(model, 'scatter', o, date)
};

function toPng(svg: string, pixelWidth: number): Buffer {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: pixelWidth },
		background: 'white',
		font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' }
	});
	return resvg.render().asPng();
}

function write(path: string, content: string | Buffer) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, content);
}

/**
 * `npm run export`: renders figures with the app's own components and writes SVG or PNG.
 * Returns the process exit code (0, or 2 for bad arguments, 1 when a figure failed).
 */
export async function runExport(
	argv: string[],
	log = console.log,
	fail = console.error
): Promise<number> {
	const model = await loadAtlas(fetchDataFile);
	const parsed = parseExportArgs(argv, {
		indicators: model.indicators.map((i) => i.id),
		measures: MEASURE_IDS,
		scopes: ['both', '84', '75']
	});
	if ('help' in parsed) {
		log(parsed.help);
		return 0;
	}
	if ('error' in parsed) {
		fail(`export: ${parsed.error}`);
		return 2;
	}
	const options = parsed.options;
	// A figure drawn from data with rejected rows would hide them: say where, and stop.
	if (model.issues.length > 0) {
		for (const issue of model.issues) fail(`export: ${formatIssue(issue, 'en')}`);
		fail(`export: ${model.issues.length} problem(s) in data/: fix them before exporting.`);
		return 1;
	}
	const date = new Date().toLocaleDateString(options.lang === 'fr' ? 'fr-FR' : 'en-GB', {
		dateStyle: 'long'
	});
	if (options.view === 'key-figures' && !options.all) {
		const { lang, format, scale, out } = options;
		return exportKeyFigures(model, { lang, format, scale, out }, date, log, fail);
	}
	const jobs: ExportOptions[] = options.all
		? Object.keys(RENDERERS).flatMap((view) =>
				model.indicators.map((i) => ({
					...options,
					view: view as View,
					indicator: i.id,
					year: undefined
				}))
			)
		: [options];
	let failed = 0;
	let skipped = 0;
	const written = new Set<string>();
	const started = performance.now();
	for (const [n, job] of jobs.entries()) {
		const renderer = RENDERERS[job.view];
		const t0 = performance.now();
		try {
			const figure = renderer?.(model, job, date);
			if (!figure) {
				skipped++;
				log(
					`[${n + 1}/${jobs.length}] ${job.view} ${job.indicator}: skipped (no data for this view)`
				);
				continue;
			}
			const layouts = job.preset ? layoutsOf(job.preset) : [{ ...SCREEN, ratio: job.scale }];
			const composed = composeBest(figure.draw(serverRender), figure.spec, layouts);
			const suffix = job.preset
				? PRESET_SUFFIX[job.preset]
				: job.format === 'png' && job.scale !== 1
					? `${job.scale}x`
					: undefined;
			// A PDF is a sheet's only (checked with the arguments): figures are SVG or PNG.
			const format = job.format === 'svg' ? 'svg' : 'png';
			let name = exportFileName(figure.fileParts, format, { suffix });
			// Long labels are cut in file names: two figures of a set must not overwrite each other.
			if (written.has(name))
				name = exportFileName({ ...figure.fileParts, scope: job.indicator }, format, {
					suffix
				});
			written.add(name);
			for (const note of figure.notes ?? []) fail(`[${n + 1}/${jobs.length}] note: ${note}`);
			const path = options.all ? join(options.out, name) : options.out;
			const pixels = pixelSize(composed.layout, composed.width, composed.height);
			write(path, job.format === 'svg' ? composed.svg : toPng(composed.svg, pixels.width));
			log(
				`[${n + 1}/${jobs.length}] ${job.view} ${job.indicator} → ${path} (${Math.round(performance.now() - t0)} ms)`
			);
		} catch (error) {
			failed++;
			fail(
				`[${n + 1}/${jobs.length}] ${job.view} ${job.indicator}: failed: ${(error as Error).message}`
			);
		}
	}
	const each = (performance.now() - started) / Math.max(1, jobs.length);
	const done = jobs.length - failed - skipped;
	log(
		`${done} of ${jobs.length} figures written` +
			(skipped ? `, ${skipped} skipped (no data for the view)` : '') +
			(failed ? `, ${failed} failed` : '') +
			`, ${Math.round(each)} ms per figure.`
	);
	return failed ? 1 : 0;
}
