import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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
const out = mkdtempSync(join(tmpdir(), 'cimes-export-'));

// The CLI starts Vite to render the app's Svelte components: each run takes a few seconds.
describe('npm run export', { timeout: 180_000 }, () => {
	it('writes a standalone SVG of the map', async () => {
		const file = join(out, 'map.svg');
		const { code, stdout } = await exportCli(
			'--view',
			'map',
			'--indicator',
			'establishments_industry',
			'--format',
			'svg',
			'--out',
			file
		);
		expect(code).toBe(0);
		expect(stdout).toContain('1 of 1 figures written');
		const svg = readFileSync(file, 'utf8');
		expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(svg).not.toMatch(/class="|aria-|tabindex|var\(--/);
		expect(svg).toContain(
			'<title>Établissements industriels (B–E) pour 10 000 habitants, 2021 (population 2023)</title>'
		);
		// The 24 départements, and in grey only the other régions that reach into the frame.
		const context = svg.slice(svg.indexOf('fill="#e8e8e8"'));
		const contextPaths = context.slice(0, context.indexOf('</g>')).match(/<path d=/g)?.length;
		expect(contextPaths).toBeGreaterThan(0);
		expect(contextPaths).toBeLessThan(11);
		expect(svg.match(/<path d=/g)?.length).toBeGreaterThanOrEqual(24 + (contextPaths ?? 0));
		// The legend is inside: French class bounds and the "no data" entry.
		expect(svg).toMatch(/>\[\d+,\d ; \d+,\d\[</);
		expect(svg).toContain('Pas de données');
		expect(svg).toContain('URSSAF');
	});

	it.each([
		['slide', 1920, 1080],
		['square', 1080, 1080]
	] as const)('writes a %s PNG at exactly its size', async (preset, width, height) => {
		const file = join(out, `ranking-${preset}.png`);
		const { code } = await exportCli(
			'--view',
			'ranking',
			'--indicator',
			'jobs_industry',
			'--format',
			'png',
			'--preset',
			preset,
			'--out',
			file
		);
		expect(code).toBe(0);
		const png = PNG.sync.read(readFileSync(file));
		expect([png.width, png.height]).toEqual([width, height]);
	});

	it('writes a PNG at the asked scale, in English', async () => {
		const file = join(out, 'map.png');
		const { code } = await exportCli(
			'--view',
			'map',
			'--indicator',
			'jobs_industry',
			'--measure',
			'value',
			'--lang',
			'en',
			'--format',
			'png',
			'--scale',
			'2',
			'--out',
			file
		);
		expect(code).toBe(0);
		const png = PNG.sync.read(readFileSync(file));
		// The screen layout is 960 px wide, whatever the screen; --scale 2 doubles it.
		expect(png.width).toBe(1920);
		const colours = new Set<number>();
		for (let i = 0; i < png.data.length; i += 4 * 97)
			colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
		expect(colours.size).toBeGreaterThan(20);
	});

	it('writes the whole figure set with --all, with a progress line per figure', async () => {
		const folder = join(out, 'all');
		const { code, stdout } = await exportCli('--all', '--format', 'svg', '--out', folder);
		expect(code).toBe(0);
		const lines = stdout.split('\n').filter((l) => /^\[\d+\/\d+\]/.test(l));
		// Every view × every indicator, each on a line; a view without data is skipped, and says so.
		expect(lines).toHaveLength(5 * 24);
		const files = readdirSync(folder);
		const skipped = lines.filter((l) => l.endsWith('skipped (no data for this view)')).length;
		expect(files).toHaveLength(lines.length - skipped);
		for (const view of ['carte', 'ranking', 'trend', 'scatter', 'regions']) {
			expect(
				files.some((f) => f.startsWith(`cimes-atlas_${view}_`)),
				view
			).toBe(true);
		}
		expect(files.every((f) => /^cimes-atlas_[a-z0-9-_]+\.svg$/.test(f))).toBe(true);
		expect(stdout).toMatch(
			/\d+ of 120 figures written, \d+ skipped \(no data for the view\), \d+ ms per figure\./
		);
	});

	it.each(['ranking', 'trend', 'scatter', 'regions'])(
		'draws the %s chart of /compare as SVG',
		async (view) => {
			const file = join(out, `${view}.svg`);
			const { code } = await exportCli(
				'--view',
				view,
				'--indicator',
				'jobs_industry',
				'--format',
				'svg',
				'--out',
				file
			);
			expect(code).toBe(0);
			const svg = readFileSync(file, 'utf8');
			expect(svg).toMatch(/<title>[^<]*Salariés du privé dans l(&apos;|’)industrie/);
			expect(svg).toContain('CIMES Atlas');
			expect(svg).not.toMatch(/class="|aria-|tabindex/);
		}
	);

	it('refuses bad arguments with the valid values and exit code 2', async () => {
		const { code, stderr } = await exportCli('--view', 'pie', '--format', 'svg', '--out', 'x');
		expect(code).toBe(2);
		expect(stderr).toContain('--view must be one of: map, ranking, trend, scatter, regions');
	});
});
