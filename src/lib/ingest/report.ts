import { FOCUS_REGIONS, METRO_REGIONS } from '../geo/focusAreas';
import { ENGLISH_MESSAGES, type MessageKey, type MessageParams } from './messages';
import { issueTotals, moreIssueLines } from './issueList';
import { DEPARTEMENT_NAMES, REGION_NAMES, REGION_OF_DEPARTEMENT } from './territoryNames';
import type { CommuneCounts, IngestIssue, IngestResult } from './types';

/** The régions the atlas maps (metropolitan France) and the two it details. */
const ATLAS_REGIONS = new Set(METRO_REGIONS);
const DETAILED_REGIONS = new Set<string>(FOCUS_REGIONS);
const UNKNOWN_KEYS = new Set<MessageKey>([
	'emptyCode',
	'emptyName',
	'notFr',
	'notRegion',
	'notDepartement',
	'notCommune',
	'notRegionName',
	'notDepartementName'
]);

/** Something the report says: English, with its key for the page's language when it has one. */
export interface Said {
	message: string;
	key?: MessageKey;
	params?: MessageParams;
}

export interface JoinReport {
	rows: number;
	accepted: number;
	rejected: number;
	noData: number;
	/** Codes found in the atlas, by level. */
	matched: { departement: string[]; region: string[]; pays: string[] };
	/** Issues about codes or names that are not a territory, and repeated keys: those listed. */
	unknownCodes: IngestIssue[];
	duplicates: IngestIssue[];
	/** How many of each there are, the listed and those only counted beyond the first thousand. */
	unknownCount: number;
	duplicateCount: number;
	/** Figures for territories outside Auvergne-Rhône-Alpes and Nouvelle-Aquitaine: kept, counted. */
	outside: number;
	issues: IngestIssue[];
	/** Issues beyond the first thousand, counted by reason (a message key when they have one). */
	moreIssues?: IngestResult['moreIssues'];
	notes: Said[];
	/** Commune rows summed: communes per territory, and the commune codes refused. */
	communes?: CommuneCounts & { unknown: string[] };
}

/** The join of a result to the atlas's territories, for the report shown before importing. */
export function joinReport(result: IngestResult): JoinReport {
	const matched = {
		departement: new Set<string>(),
		region: new Set<string>(),
		pays: new Set<string>()
	};
	let outside = 0;
	for (const v of result.values) {
		const inside =
			v.geo_level === 'pays' ||
			(v.geo_level === 'region'
				? DETAILED_REGIONS.has(v.geo_code) || ATLAS_REGIONS.has(v.geo_code)
				: DETAILED_REGIONS.has(REGION_OF_DEPARTEMENT[v.geo_code]));
		if (inside) matched[v.geo_level].add(v.geo_code);
		else outside++;
	}
	const sorted = (s: Set<string>) => [...s].sort();
	const beyond = (isReason: (reason: string) => boolean) =>
		Object.entries(result.moreIssues?.byReason ?? {})
			.filter(([reason]) => isReason(reason))
			.reduce((sum, [, n]) => sum + n, 0);
	const unknownCodes = result.issues.filter((i) => i.key && UNKNOWN_KEYS.has(i.key));
	const duplicates = result.issues.filter((i) => i.key === 'duplicate');
	const unknownCommunes = result.issues
		.filter((i) => i.key === 'notCommune')
		.map((i) => String(i.params?.cell ?? ''));
	return {
		rows: result.rows,
		accepted: result.accepted,
		rejected: result.rejected,
		noData: result.noData,
		matched: {
			departement: sorted(matched.departement),
			region: sorted(matched.region),
			pays: sorted(matched.pays)
		},
		unknownCodes,
		duplicates,
		unknownCount: unknownCodes.length + beyond((r) => UNKNOWN_KEYS.has(r as MessageKey)),
		duplicateCount: duplicates.length + beyond((r) => r === 'duplicate'),
		outside,
		issues: result.issues,
		...(result.moreIssues && { moreIssues: result.moreIssues }),
		notes: result.noteMessages ?? result.notes.map((message) => ({ message })),
		...((result.communes || unknownCommunes.length) && {
			communes: {
				departement: result.communes?.departement ?? {},
				region: result.communes?.region ?? {},
				unknown: unknownCommunes
			}
		})
	};
}

/** The words of the report's text and CSV: English here, the page's language from $lib/i18n. */
export interface ReportWords {
	say: (said: Said) => string;
	header: [row: string, column: string, message: string];
	rows: string;
	accepted: string;
	rejected: string;
	noData: string;
	outside: string;
	note: string;
	communesIn: (territory: string) => string;
	unknownCommunes: string;
	/** Beyond the first thousand issues: how many in all, how many listed, and all by reason. */
	issuesInAll: string;
	issuesListed: string;
	issuesByReason: (reason: string) => string;
}

export const ENGLISH_REPORT: ReportWords = {
	say: (said) => (said.key ? ENGLISH_MESSAGES[said.key](said.params ?? {}) : said.message),
	header: ['row', 'column', 'message'],
	rows: 'rows read',
	accepted: 'accepted',
	rejected: 'rejected',
	noData: 'no data',
	outside: 'outside AURA and NA',
	note: 'note',
	communesIn: (territory) => `communes summed in ${territory}`,
	unknownCommunes: 'unknown commune codes',
	issuesInAll: 'issues in all',
	issuesListed: 'issues listed above (the first ones)',
	issuesByReason: (reason) => `issues in all: ${reason}`
};

/**
 * Communes per territory, named: [['Haute-Savoie (74)', 279], …, ['Auvergne-Rhône-Alpes (84)', 4030]].
 */
export function communeLines(report: JoinReport): [string, number][] {
	if (!report.communes) return [];
	const named = (names: readonly (readonly [string, string])[], counts: Record<string, number>) =>
		Object.entries(counts)
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([code, n]): [string, number] => {
				const name = names.find(([c]) => c === code)?.[1];
				return [name ? `${name} (${code})` : code, n];
			});
	return [
		...named(DEPARTEMENT_NAMES, report.communes.departement),
		...named(REGION_NAMES, report.communes.region)
	];
}

/** The report as lines of text, for the command line. */
export function reportText(report: JoinReport): string {
	const lines = [
		`rows read: ${report.rows}; accepted: ${report.accepted}; rejected: ${report.rejected}; no data: ${report.noData}`,
		`départements matched: ${report.matched.departement.join(' ') || 'none'}`,
		`régions matched: ${report.matched.region.join(' ') || 'none'}`,
		`figures outside Auvergne-Rhône-Alpes and Nouvelle-Aquitaine (kept): ${report.outside}`,
		`unknown codes: ${report.unknownCount}; duplicates: ${report.duplicateCount}`,
		...communeLines(report).map(([territory, n]) => `communes summed in ${territory}: ${n}`),
		...(report.communes?.unknown.length
			? [`unknown commune codes: ${report.communes.unknown.join(' ')}`]
			: []),
		...report.notes.map((n) => `note: ${n.message}`),
		...report.issues.map(
			(i) => `row ${i.row}${i.column ? `, column '${i.column}'` : ''}: ${i.message}`
		),
		...moreIssueLines(report).map(([reason, n]) => `and ${n} more: ${reason.message}`)
	];
	return lines.join('\n');
}

/**
 * Every issue listed as CSV (row, column, message), then the counts (beyond the first thousand
 * issues: how many in all, and all of them by reason), the communes summed in each
 * territory, the unknown commune codes and the notes: the downloadable report, in `words`.
 */
export function reportCsv(report: JoinReport, words: ReportWords = ENGLISH_REPORT): string {
	const cell = (v: string | number) =>
		/[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);
	const lines = [
		words.header.join(','),
		...report.issues.map((i) => [i.row, i.column, words.say(i)].map(cell).join(',')),
		...(
			[
				[words.rows, report.rows],
				[words.accepted, report.accepted],
				[words.rejected, report.rejected],
				[words.noData, report.noData],
				[words.outside, report.outside],
				...communeLines(report).map(([territory, n]) => [words.communesIn(territory), n]),
				...(report.communes?.unknown.length
					? [[words.unknownCommunes, report.communes.unknown.join(' ')]]
					: []),
				...report.notes.map((n) => [words.note, words.say(n)]),
				...(report.moreIssues
					? [
							[words.issuesInAll, report.issues.length + report.moreIssues.count],
							[words.issuesListed, report.issues.length],
							...issueTotals(report).map(([reason, n]) => [
								words.issuesByReason(words.say(reason)),
								n
							])
						]
					: [])
			] as [string, string | number][]
		).map(([k, v]) => ['', cell(k), cell(v)].join(','))
	];
	return `${lines.join('\n')}\n`;
}
