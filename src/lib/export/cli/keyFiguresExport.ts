import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { AtlasModel } from '../../data/model';
import type { Lang } from '../../data/types';
import { A4, keyFiguresSheet } from '../../territory/sheetSvg';
import { withTerritory } from '../../territory/territory';

/** Where Liberation Sans (metric-compatible with Arial, SIL OFL) is found on common systems. */
const FONT_DIRS = [
	process.env.CIMES_FONT_DIR,
	'/usr/share/fonts/truetype/liberation',
	'/usr/share/fonts/liberation-sans',
	'/usr/share/fonts/liberation',
	'/usr/local/share/fonts'
].filter((d): d is string => Boolean(d));

/** The regular and bold Liberation Sans files, or an error naming where they were looked for. */
export function findFonts(): { regular: string; bold: string } | { error: string } {
	for (const dir of FONT_DIRS) {
		const regular = join(dir, 'LiberationSans-Regular.ttf');
		const bold = join(dir, 'LiberationSans-Bold.ttf');
		if (existsSync(regular) && existsSync(bold)) return { regular, bold };
	}
	return {
		error: `Liberation Sans (LiberationSans-Regular.ttf and -Bold.ttf) not found in ${FONT_DIRS.join(', ')}: install fonts-liberation, or set CIMES_FONT_DIR to their folder.`
	};
}

/**
 * The sheet as a PDF: one A4 page per sheet page, drawn as vectors (text stays text) with
 * Liberation Sans embedded as a subset, and the title in the document's metadata.
 */
export function sheetPdf(
	pages: string[],
	title: string,
	lang: Lang,
	fonts: { regular: string; bold: string }
): Promise<Buffer> {
	const doc = new PDFDocument({
		size: [A4.width, A4.height],
		margin: 0,
		autoFirstPage: false,
		lang: lang === 'fr' ? 'fr-FR' : 'en-GB',
		info: { Title: title, Author: 'CIMES Atlas', Creator: 'CIMES Atlas (npm run export)' }
	});
	doc.registerFont('Sans', fonts.regular);
	doc.registerFont('Sans-Bold', fonts.bold);
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	for (const page of pages) {
		doc.addPage();
		SVGtoPDF(doc, page, 0, 0, {
			width: A4.width,
			height: A4.height,
			assumePt: true,
			fontCallback: (_family: string, bold: boolean) => (bold ? 'Sans-Bold' : 'Sans')
		});
	}
	doc.end();
	return done;
}

function write(path: string, content: string | Buffer) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, content);
}

/**
 * `npm run export -- --view key-figures --format svg|png|pdf --out …`: the key-figures sheet of
 * the territory, written without a browser. Returns the exit code.
 */
export async function exportKeyFigures(
	model: AtlasModel,
	options: { lang: Lang; format: 'svg' | 'png' | 'pdf'; scale: number; out: string },
	date: string,
	log: (line: string) => void,
	fail: (line: string) => void
): Promise<number> {
	const started = performance.now();
	const sheet = keyFiguresSheet(withTerritory(model), options.lang, date);
	if (options.format === 'pdf') {
		const fonts = findFonts();
		if ('error' in fonts) {
			fail(`export: ${fonts.error}`);
			return 1;
		}
		write(options.out, await sheetPdf(sheet.pages, sheet.title, options.lang, fonts));
	} else if (options.format === 'svg') {
		write(options.out, `<?xml version="1.0" encoding="UTF-8"?>\n${sheet.svg}\n`);
	} else {
		const resvg = new Resvg(sheet.svg, {
			fitTo: { mode: 'width', value: Math.round(sheet.width * options.scale) },
			background: 'white',
			font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' }
		});
		write(options.out, resvg.render().asPng());
	}
	const ms = Math.round(performance.now() - started);
	log(`key-figures (${sheet.pages.length} A4 page(s)) → ${options.out} (${ms} ms)`);
	return 0;
}
