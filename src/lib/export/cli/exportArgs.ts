import { PNG_PRESET_ORDER, type PngPreset } from '../layouts';

export const VIEWS = ['map', 'ranking', 'trend', 'scatter', 'regions', 'key-figures'] as const;
export type View = (typeof VIEWS)[number];
export const FORMATS = ['svg', 'png', 'pdf'] as const;
/** Views drawn as a whole sheet, without an indicator (and the only ones with a PDF). */
export const SHEET_VIEWS: readonly View[] = ['key-figures'];
export type Format = (typeof FORMATS)[number];

export interface ExportOptions {
	all: boolean;
	view: View;
	indicator?: string;
	year?: number;
	measure?: string;
	scope?: string;
	lang: 'fr' | 'en';
	format: Format;
	scale: number;
	/** A layout preset (slide, print, square…); without it, a screen copy at --scale. */
	preset?: PngPreset;
	out: string;
}

/** What the data offers, to check arguments against and to list in messages. */
export interface ValidValues {
	indicators: string[];
	measures: string[];
	scopes: string[];
}

export type ParsedArgs = { options: ExportOptions } | { error: string } | { help: string };

const list = (values: readonly string[]) => values.join(', ');

/**
 * Reads `npm run export` arguments. Every mistake gets one message naming the argument and
 * listing the valid values; nothing is guessed.
 * @example parseExportArgs(['--view', 'map', '--indicator', 'population', '--format', 'svg', '--out', 'a.svg'], valid)
 */
export function parseExportArgs(argv: string[], valid: ValidValues): ParsedArgs {
	if (argv.includes('--help') || argv.includes('-h')) return { help: exportUsage(valid) };
	const raw = new Map<string, string>();
	let all = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--all') {
			all = true;
			continue;
		}
		if (!arg.startsWith('--'))
			return { error: `Unexpected argument "${arg}": options start with --.` };
		const [name, inline] = arg.slice(2).split('=', 2);
		const value = inline ?? argv[++i];
		if (value === undefined || value.startsWith('--')) return { error: `--${name} needs a value.` };
		raw.set(name, value);
	}
	const known = [
		'view',
		'indicator',
		'year',
		'measure',
		'scope',
		'lang',
		'format',
		'scale',
		'preset',
		'out'
	];
	for (const name of raw.keys()) {
		if (!known.includes(name))
			return { error: `Unknown option --${name}. Options: --${known.join(', --')}, --all.` };
	}
	const view = raw.get('view') ?? (all ? 'map' : undefined);
	if (!view || !(VIEWS as readonly string[]).includes(view)) {
		return { error: `--view must be one of: ${list(VIEWS)}${view ? ` (got "${view}")` : ''}.` };
	}
	const indicator = raw.get('indicator');
	const sheet = SHEET_VIEWS.includes(view as View);
	if (!all && !indicator && !sheet)
		return { error: `--indicator is required (or use --all). Valid: ${list(valid.indicators)}.` };
	if (indicator && !valid.indicators.includes(indicator)) {
		return { error: `Unknown --indicator "${indicator}". Valid: ${list(valid.indicators)}.` };
	}
	const format = raw.get('format');
	if (!format || !(FORMATS as readonly string[]).includes(format)) {
		return {
			error: `--format must be one of: ${list(FORMATS)}${format ? ` (got "${format}")` : ''}.`
		};
	}
	if (format === 'pdf' && (!sheet || all))
		return {
			error: `--format pdf applies to --view ${SHEET_VIEWS.join(', ')} only, without --all.`
		};
	const out = raw.get('out');
	if (!out) return { error: '--out is required: a file, or a folder with --all.' };
	const yearText = raw.get('year');
	if (yearText !== undefined && !/^\d{4}$/.test(yearText))
		return { error: `--year must be a year such as 2021 (got "${yearText}").` };
	const measure = raw.get('measure');
	if (measure !== undefined && !valid.measures.includes(measure)) {
		return { error: `Unknown --measure "${measure}". Valid: ${list(valid.measures)}.` };
	}
	const scope = raw.get('scope');
	if (scope !== undefined && !valid.scopes.includes(scope)) {
		return { error: `Unknown --scope "${scope}". Valid: ${list(valid.scopes)}.` };
	}
	const lang = raw.get('lang') ?? 'fr';
	if (lang !== 'fr' && lang !== 'en') return { error: `--lang must be fr or en (got "${lang}").` };
	const scale = Number(raw.get('scale') ?? '1');
	if (!(scale > 0 && scale <= 8))
		return { error: `--scale must be a number from 0.1 to 8 (got "${raw.get('scale')}").` };
	if (format !== 'png' && raw.has('scale'))
		return { error: '--scale applies to --format png only.' };
	const preset = raw.get('preset');
	if (preset !== undefined && !(PNG_PRESET_ORDER as string[]).includes(preset))
		return { error: `--preset must be one of: ${list(PNG_PRESET_ORDER)} (got "${preset}").` };
	if (preset !== undefined && raw.has('scale'))
		return { error: '--preset and --scale cannot be used together: a preset sets its own size.' };
	return {
		options: {
			all,
			view: view as View,
			indicator,
			year: yearText === undefined ? undefined : Number(yearText),
			measure,
			scope,
			lang,
			format: format as Format,
			scale,
			preset: preset as PngPreset | undefined,
			out
		}
	};
}

/** What `npm run export -- --help` prints: every option with its valid values. */
export function exportUsage(valid: ValidValues): string {
	return [
		'Usage: npm run export -- --view <view> --indicator <id> --format <format> --out <file>',
		'       npm run export -- --all --format svg|png --out <folder>',
		'',
		`  --view       ${list(VIEWS)} (${SHEET_VIEWS.join(', ')}: no --indicator)`,
		`  --indicator  ${list(valid.indicators)}`,
		'  --year       a year such as 2021 (default: the latest)',
		`  --measure    ${list(valid.measures)}`,
		`  --scope      ${list(valid.scopes)}`,
		'  --lang       fr (default) or en',
		`  --format     ${list(FORMATS)} (pdf: ${SHEET_VIEWS.join(', ')} only)`,
		'  --scale      a PNG screen copy at 0.1 to 8 times (default 1)',
		`  --preset     ${list(PNG_PRESET_ORDER)} (a PNG laid out for where it goes)`,
		'  --out        the file to write, or a folder with --all',
		'  --all        every figure of every view'
	].join('\n');
}
