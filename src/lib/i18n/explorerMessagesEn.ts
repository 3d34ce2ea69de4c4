// English of explorerMessages.ts: loaded with the English dictionary (see english.svelte.ts).
import { areasOf, type ExplorerMessages } from './explorerMessages';

export const explorerEn: ExplorerMessages = {
	controls: 'Map settings',
	indicator: 'Indicator',
	groups: {
		firms: 'Establishments',
		jobs: 'Jobs',
		researchers: 'Research and development',
		jobseekers: 'Jobseekers',
		population: 'Population',
		territory: 'Territory',
		user: 'Your data'
	},
	play: 'Play',
	pause: 'Pause',
	yearSpan: (first, last, n) => `${n} years, ${first} to ${last}`,
	singleYear: 'Only one year available',
	baseYear: 'Change since',
	level: 'Level',
	levels: { departement: 'Départements', region: 'Régions (13)' },
	scope: 'Area',
	scopes: { both: 'Both régions', '84': 'Auvergne-Rhône-Alpes', '75': 'Nouvelle-Aquitaine' },
	method: 'Classes',
	methods: {
		quantile: 'Quantiles',
		equal: 'Equal intervals',
		ckmeans: 'Natural breaks (ckmeans)',
		nice: 'Rounded steps',
		manual: 'Manual breaks'
	},
	classes: 'Number of classes',
	manualBreaks: 'Breaks',
	manualHelp: 'For example 0 - 10 - 20 - 50',
	manualError: (error) => {
		switch (error.kind) {
			case 'empty':
				return 'Type at least one break, for example 0 - 10 - 20.';
			case 'not-a-number':
				return `"${error.token}" is not a number.`;
			case 'out-of-order':
				return `Breaks must increase: ${error.previous} then ${error.next}.`;
			case 'too-many':
				return `${error.count} breaks: ${error.max} at most (7 classes).`;
		}
	},
	palette: 'Colours',
	paletteAuto: 'Automatic',
	sequential: 'Sequential',
	diverging: 'Diverging',
	fixedBreaks: 'Same classes for every year',
	mapTools: 'Map tools',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	zoomReset: 'Whole map',
	zoomTo: (region) => `Zoom to ${region}`,
	zoomHint: 'Ctrl + wheel or double-click to zoom; arrow keys move between areas.',
	copyLink: 'Copy link',
	linkCopied: 'Link copied',
	linkNotCopied: 'Cannot copy: copy the page address',
	detailsNotLoaded: 'The details panel could not be loaded: reload the page.',
	details: 'Details',
	openProfile: 'Open the profile',
	close: 'Close',
	allIndicators: (name) => `${name}: all indicators`,
	rankIn: (rank, total, where) => `${rank} of ${total} ${where}`,
	inRegion: 'in its région',
	among24: 'among the départements shown',
	among13: 'among the 13 régions',
	sizeLegend: 'Circle size',
	legendHint: 'Hover or select a class to find it on the map.',
	classCountNote: (note, value, level) => {
		const asked = `${note.requested} classes asked`;
		const shown = `${note.shown} distinct`;
		switch (note.reason.kind) {
			case 'ties':
				return `${asked}, ${shown}: ${areasOf(note.reason.count, level, 'en')} share the same value (${value}).`;
			case 'few-values':
				return `${asked}, ${shown}: only ${note.reason.distinct} different values.`;
			case 'round-steps':
				return `${asked}, ${note.shown} shown: the nearest rounded steps.`;
		}
	},
	paramNotice: (param, value) => `Parameter "${param}=${value}" not understood: default used.`,
	unknownIndicator: (value) => `Unknown indicator "${value}": default indicator shown.`,
	levelSwitched: 'This indicator exists only for régions: showing the 13 régions.',
	levelSwitchedDep: 'This indicator exists only by département: showing départements.',
	measureUnavailable: (measure, shown) =>
		`The measure "${measure}" does not apply to this indicator: "${shown}" shown.`,
	yearUnavailable: (year) => `No data in ${year}: latest year shown.`,
	baseUnavailable: (year) => `${year} cannot be the base year: first year used.`,
	noBaseYear: 'A change needs at least two years of data.',
	selectHint: 'Enter to select, Escape to clear.',
	measureNames: {
		value: 'Value',
		per10k: 'Per 10,000 inhabitants',
		per1kJobs: 'Per 1,000 private jobs',
		shareRegion: 'Share of the région (%)',
		shareFrance: 'Share of France (%)',
		density: 'Density per 100 km²',
		change: 'Change since a year (%)'
	}
};
