// The English dictionary of messages.ts, loaded on demand in the browser (english.svelte.ts).
import { explorerEn } from './explorerMessagesEn';
import { mapNavEn } from './mapNavMessagesEn';
import { workspaceEn } from './workspaceMessagesEn';
import type { Messages } from './messages';
import { plural } from './plural';

const listEn = (names: string[]) =>
	names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
const SCOPE_OF_EN: Record<string, string> = {
	both: 'Auvergne-Rhône-Alpes and Nouvelle-Aquitaine',
	'84': 'Auvergne-Rhône-Alpes',
	'75': 'Nouvelle-Aquitaine'
};

export const en: Messages = {
	...explorerEn,
	...workspaceEn,
	...mapNavEn,
	appName: 'CIMES Atlas',
	skipToContent: 'Skip to content',
	mainNav: 'Main navigation',
	navMap: 'Map',
	exportButton: 'Export',
	navCompare: 'Compare',
	navKeyFigures: 'Key figures',
	explorerHeading: 'Explore the map',
	tagline: 'Manufacturing engineering in Auvergne-Rhône-Alpes and Nouvelle-Aquitaine',
	language: 'Language',
	measure: 'Measure',
	mapDescription: (n, level, scope) =>
		level === 'region'
			? `Map of the ${n} régions of metropolitan France.`
			: `Map of the ${n} départements of ${SCOPE_OF_EN[scope] ?? ''}; the rest of France in grey.`,
	legend: 'Legend',
	legendTitle: (method) => `Classes: ${explorerEn.methods[method].toLowerCase()}`,
	legendClosure: 'Lower bound included, upper bound excluded (except in the last class).',
	areas: (n, level = 'departement') =>
		level === 'region'
			? plural(n, 'en', 'région', 'régions')
			: plural(n, 'en', 'département', 'départements'),
	noData: 'No data',
	years: 'Years',
	source: 'Source',
	sources: 'Sources',
	methodology: 'Methodology',
	licence: 'Licence',
	unknownLicence: 'unknown',
	licenceNotFound: 'not found',
	licenceOf: (licence) => `licence: ${licence}`,
	table: 'Data table',
	departement: 'Département',
	region: 'Region',
	value: 'Value',
	numerator: 'Numerator',
	denominator: 'Denominator',
	year: 'Year',
	rank: 'Rank',
	changeSince: (percent, year) => `${percent}% since ${year}`,
	explorerTitle: (indicator, measure, years) =>
		`${indicator}${measure ? ` ${measure}` : ''}, ${years}`,
	yearsWith: (year, denominator, other) => `${year} (${denominator} ${other})`,
	denominators: { population: 'population', jobs: 'jobs', area: 'area' },
	yearRange: (from, to) => `${from}–${to}`,
	measures: {
		value: '',
		per10k: 'per 10,000 inhabitants',
		per1kJobs: 'per 1,000 private jobs',
		shareRegion: '— share of the région',
		shareFrance: '— share of France',
		density: 'per 100 km²',
		change: '— change',
		specialisation: '— specialisation index'
	},
	summary: (high, low, median, n, total) =>
		`Highest: ${high}; lowest: ${low}; median: ${median}` +
		(n < total ? ` (${n} of ${total} areas have a value).` : '.'),
	summaryEmpty: 'No area has a value for this choice.',
	summaryExtreme: (names, value, level = 'departement') =>
		names.length <= 3
			? `${listEn(names)} (${value})`
			: `${value}, shared by ${names.length} ${level === 'region' ? 'régions' : 'départements'}`,
	countedIn: (quantity, year, place) => `${quantity} (${place ? `${place}, ` : ''}${year})`,
	ratioInputs: (count, denominator) => `${count} / ${denominator}`,
	changeInputs: (before, after) => `from ${before} to ${after}`,
	classOf: (index, count) => `class ${index} of ${count}`,
	vintage: 'Vintage',
	definition: 'Definition',
	issuesTitle: (n) => `${plural(n, 'en', 'problem', 'problems')} in the data`,
	issuesIntro: 'These rows were kept off the map; fix them in the file named.',
	row: 'row',
	column: 'column',
	expected: 'expected',
	found: 'found',
	quote: (text) => `"${text}"`,
	colon: ': ',
	semicolon: '; ',
	issueKinds: {
		'file-unreadable': 'file could not be read',
		'malformed-row': 'malformed row',
		'unclosed-quote': 'quote not closed: the lines after it are read as one cell',
		'missing-column': 'missing column',
		required: 'required value missing',
		'not-in-list': 'unknown value',
		pattern: 'wrong format',
		'not-a-year': 'invalid year (4 digits expected)',
		'not-a-number': 'invalid number',
		'below-minimum': 'value too small',
		'unknown-code': 'unknown geographic code',
		duplicate: 'duplicate row'
	},
	cellCount: (found, expected) => `${found} cells instead of ${expected}`,
	duplicateOf: (line) => `first seen on row ${line}`,
	codeOfLevel: (level) => `a known "${level}" code`,
	footer:
		'Public, sourced data; no value is estimated or filled in. Nothing is sent anywhere: the site works offline.',
	dataFiles: 'Data files',
	allSources: 'All sources and the method'
};
