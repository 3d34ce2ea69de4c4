import type { Lang } from '../data/types';
import { importMessages } from '../i18n/importMessages';
import { sayIngest } from '../i18n/ingestMessages';
import { issueTotals } from '../ingest/issueList';
import type { JoinReport } from '../ingest/report';
import type { IngestIssue } from '../ingest/types';
import { formatNumber } from '../scales/format';

/** Rows of each list the page shows; the downloaded report lists every issue kept. */
export const SHOWN = 20;

export interface ReportView {
	/** Rows read, accepted and rejected; cells with no data; territories matched; figures outside. */
	counts: string[];
	/** Unknown codes, then duplicates, when there are any: their true total, and the rows shown. */
	groups: { title: string; rows: string }[];
	/** The first issues, for the page's table. */
	issues: IngestIssue[];
	/** What the table leaves out, and where to find it. */
	more?: string;
	/** Beyond the first thousand issues, only counted: every issue by reason. */
	byReason: string[];
}

/**
 * What the report step shows, in the page's language, with true totals however many issues
 * were only counted.
 * @example reportView(report, 'en').groups[0].title // 'Unknown codes (1,500; the first 20 rows below)'
 */
export function reportView(report: JoinReport, lang: Lang): ReportView {
	const t = importMessages[lang];
	const n = (count: number) => formatNumber(count, lang);
	const group = (
		title: (total: string, shown?: string) => string,
		listed: IngestIssue[],
		total: number
	) => {
		const rows = listed.slice(0, SHOWN);
		return {
			title: title(n(total), rows.length && rows.length < total ? n(rows.length) : undefined),
			rows: rows.map((i) => `${t.row} ${i.row}`).join(', ')
		};
	};
	const groups = [
		...(report.unknownCount ? [group(t.unknown, report.unknownCodes, report.unknownCount)] : []),
		...(report.duplicateCount
			? [group(t.duplicates, report.duplicates, report.duplicateCount)]
			: [])
	];
	const counts = [
		t.rows(report.rows, report.accepted, report.rejected),
		t.noData(report.noData),
		t.matched(report.matched.departement.length, report.matched.region.length),
		t.outside(report.outside)
	];
	const issues = report.issues.slice(0, SHOWN);
	if (report.moreIssues) {
		const total = report.issues.length + report.moreIssues.count;
		return {
			counts,
			groups,
			issues,
			more: t.capped(n(total), n(report.issues.length)),
			byReason: issueTotals(report).map(([reason, count]) =>
				t.byReason(n(count), sayIngest(reason, lang))
			)
		};
	}
	const hidden = report.issues.length - issues.length;
	return { counts, groups, issues, ...(hidden > 0 && { more: t.more(n(hidden)) }), byReason: [] };
}
