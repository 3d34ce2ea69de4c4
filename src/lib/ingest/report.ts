import { REGION_OF_DEPARTEMENT } from './territoryNames';
import type { IngestIssue, IngestResult } from './types';

/** The régions the atlas maps (metropolitan France) and the two it details. */
const ATLAS_REGIONS = new Set([
	'11',
	'24',
	'27',
	'28',
	'32',
	'44',
	'52',
	'53',
	'75',
	'76',
	'84',
	'93',
	'94'
]);
const DETAILED_REGIONS = new Set(['84', '75']);

export interface JoinReport {
	rows: number;
	accepted: number;
	rejected: number;
	noData: number;
	/** Codes found in the atlas, by level. */
	matched: { departement: string[]; region: string[]; pays: string[] };
	/** Issues about codes or names that are not a territory, and repeated keys. */
	unknownCodes: IngestIssue[];
	duplicates: IngestIssue[];
	/** Figures for territories outside Auvergne-Rhône-Alpes and Nouvelle-Aquitaine: kept, counted. */
	outside: number;
	issues: IngestIssue[];
	/** Issues beyond the first thousand, counted by reason. */
	moreIssues?: IngestResult['moreIssues'];
	notes: string[];
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
		unknownCodes: result.issues.filter((i) =>
			/is not (a|the name of a|FR)|empty (code|name)/.test(i.message)
		),
		duplicates: result.issues.filter((i) => i.message.startsWith('same territory')),
		outside,
		issues: result.issues,
		...(result.moreIssues && { moreIssues: result.moreIssues }),
		notes: result.notes
	};
}

/** The report as lines of text, for the command line. */
export function reportText(report: JoinReport): string {
	const lines = [
		`rows read: ${report.rows}; accepted: ${report.accepted}; rejected: ${report.rejected}; no data: ${report.noData}`,
		`départements matched: ${report.matched.departement.join(' ') || 'none'}`,
		`régions matched: ${report.matched.region.join(' ') || 'none'}`,
		`figures outside Auvergne-Rhône-Alpes and Nouvelle-Aquitaine (kept): ${report.outside}`,
		`unknown codes: ${report.unknownCodes.length}; duplicates: ${report.duplicates.length}`,
		...report.notes.map((n) => `note: ${n}`),
		...report.issues.map(
			(i) => `row ${i.row}${i.column ? `, column '${i.column}'` : ''}: ${i.message}`
		),
		...moreIssueLines(report).map(([reason, n]) => `and ${n} more: ${reason}`)
	];
	return lines.join('\n');
}

/** Every issue as CSV (row, column, message), then the counts: the downloadable report. */
export function reportCsv(report: JoinReport): string {
	const cell = (v: string | number) =>
		/[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);
	const lines = [
		'row,column,message',
		...report.issues.map((i) => [i.row, i.column, i.message].map(cell).join(',')),
		...[
			['rows read', report.rows],
			['accepted', report.accepted],
			['rejected', report.rejected],
			['no data', report.noData],
			['outside AURA and NA', report.outside],
			...moreIssueLines(report).map(([reason, n]) => [`more issues: ${reason}`, n])
		].map(([k, v]) => ['', cell(k), v].join(','))
	];
	return `${lines.join('\n')}\n`;
}

/** The issues beyond the first thousand, by reason, most frequent first. */
function moreIssueLines(report: JoinReport): [string, number][] {
	return Object.entries(report.moreIssues?.byReason ?? {}).sort((a, b) => b[1] - a[1]);
}
