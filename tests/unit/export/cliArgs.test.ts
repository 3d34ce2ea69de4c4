import { describe, expect, it } from 'vitest';
import { parseExportArgs } from '$lib/export/cli/exportArgs';

const valid = {
	indicators: ['population', 'jobs_industry'],
	measures: ['value', 'per10k'],
	scopes: ['both', '84', '75']
};
const parse = (line: string) => parseExportArgs(line.split(' ').filter(Boolean), valid);

describe('parseExportArgs', () => {
	it('reads a full command', () => {
		expect(
			parse(
				'--view map --indicator population --year 2023 --measure value --scope 84 --format png --scale 2 --out a.png'
			)
		).toEqual({
			options: {
				all: false,
				view: 'map',
				indicator: 'population',
				year: 2023,
				measure: 'value',
				scope: '84',
				lang: 'fr',
				format: 'png',
				scale: 2,
				out: 'a.png'
			}
		});
	});

	it('reads --all with a folder, and --name=value forms', () => {
		expect(parse('--all --format=svg --out=figures/')).toMatchObject({
			options: { all: true, format: 'svg', out: 'figures/' }
		});
	});

	it.each([
		[
			'--view pie --indicator population --format svg --out a',
			'--view must be one of: map, ranking, trend, scatter, regions, key-figures (got "pie").'
		],
		[
			'--view map --format svg --out a',
			'--indicator is required (or use --all). Valid: population, jobs_industry.'
		],
		[
			'--view map --indicator nope --format svg --out a',
			'Unknown --indicator "nope". Valid: population, jobs_industry.'
		],
		[
			'--view map --indicator population --format gif --out a',
			'--format must be one of: svg, png, pdf (got "gif").'
		],
		[
			'--view map --indicator population --format svg',
			'--out is required: a file, or a folder with --all.'
		],
		[
			'--view map --indicator population --format svg --out a --year 21',
			'--year must be a year such as 2021 (got "21").'
		],
		[
			'--view map --indicator population --format svg --out a --measure per1k',
			'Unknown --measure "per1k". Valid: value, per10k.'
		],
		[
			'--view map --indicator population --format svg --out a --scope 11',
			'Unknown --scope "11". Valid: both, 84, 75.'
		],
		[
			'--view map --indicator population --format svg --out a --scale 2',
			'--scale applies to --format png only.'
		],
		[
			'--view map --indicator population --format png --out a --scale 0',
			'--scale must be a number from 0.1 to 8 (got "0").'
		],
		[
			'--view map --indicator population --format png --out a --colour red',
			'Unknown option --colour. Options: --view, --indicator, --year, --measure, --scope, --lang, --format, --scale, --preset, --out, --all.'
		],
		['--view map --indicator', '--indicator needs a value.'],
		['map', 'Unexpected argument "map": options start with --.']
	])('%s → %s', (line, error) => {
		expect(parse(line)).toEqual({ error });
	});
});

describe('--help', () => {
	it('answers with every option and its valid values, not an error', () => {
		for (const argv of [['--help'], ['-h'], ['--view', 'map', '--help']]) {
			const parsed = parseExportArgs(argv, valid);
			expect('help' in parsed && parsed.help).toContain('--indicator  ');
			expect('help' in parsed && parsed.help).toContain(valid.indicators[0]);
			expect('help' in parsed && parsed.help).toContain('--preset');
		}
	});
});
