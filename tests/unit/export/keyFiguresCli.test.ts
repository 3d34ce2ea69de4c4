import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const exportCli = (...args: string[]) =>
	run('node', ['scripts/export.mjs', ...args], { cwd: process.cwd(), timeout: 120_000 }).then(
		(r) => ({ code: 0, ...r }),
		(e: { code: number; stdout: string; stderr: string }) => e
	);
const out = mkdtempSync(join(tmpdir(), 'cimes-keyfig-'));

/** Every text of a PDF, page by page, read back with PDF.js (as a PDF viewer would). */
async function pdfText(file: string): Promise<string[]> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	return pages;
}

// Each run starts Vite, as the other CLI tests: a few seconds each.
describe('npm run export -- --view key-figures', { timeout: 180_000 }, () => {
	it('writes a vector PDF with embedded fonts that opens and holds the title', async () => {
		const file = join(out, 'chiffres-cles.pdf');
		const { code } = await exportCli('--view', 'key-figures', '--format', 'pdf', '--out', file);
		expect(code).toBe(0);
		const bytes = readFileSync(file);
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
		expect(bytes.toString('latin1')).toMatch(/\/FontFile2/); // a TrueType font embedded
		const pages = await pdfText(file);
		expect(pages.length).toBeGreaterThanOrEqual(1);
		expect(pages.length).toBeLessThanOrEqual(2);
		expect(pages[0]).toContain('Chiffres clés du territoire CIMES');
		const text = pages.join(' ').replace(/\s+/g, ' ');
		expect(text).toContain('Non mesurable');
		expect(text).toContain('Sources');
	});

	it('writes the sheet as SVG, and as PNG in English', async () => {
		const svgFile = join(out, 'chiffres-cles.svg');
		const pngFile = join(out, 'key-figures.png');
		expect(
			(await exportCli('--view', 'key-figures', '--format', 'svg', '--out', svgFile)).code
		).toBe(0);
		const svg = readFileSync(svgFile, 'utf8');
		expect(svg).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="595"/);
		expect(svg).toContain('Territoire CIMES');
		const png = await exportCli(
			'--view',
			'key-figures',
			'--lang',
			'en',
			'--format',
			'png',
			'--scale',
			'2',
			'--out',
			pngFile
		);
		expect(png.code).toBe(0);
		const image = PNG.sync.read(readFileSync(pngFile));
		expect(image.width).toBe(1190);
		expect(image.height % 1684).toBe(0); // whole A4 pages at 2×
	});

	it('refuses a PDF of a single figure, naming the views that have one', async () => {
		const { code, stderr } = await exportCli(
			'--view',
			'map',
			'--indicator',
			'population',
			'--format',
			'pdf',
			'--out',
			join(out, 'map.pdf')
		);
		expect(code).toBe(2);
		expect(stderr).toContain('--format pdf applies to --view key-figures only');
	});
});
