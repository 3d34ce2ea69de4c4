import { ENGLISH_MESSAGES, type MessageKey, type MessageParams } from './messages';
import type { IngestIssue, IngestResult } from './types';

/** Issues kept with their row and column; beyond, only counted, so that memory stays bounded. */
export const MAX_ISSUES = 1000;

export interface MoreIssues {
	count: number;
	/**
	 * The issues left out, counted by reason: the issue's message key (said in the page's language
	 * with `reasonSaid`), or for an issue without one its message without cell values and numbers.
	 */
	byReason: Record<string, number>;
}

/** The first `MAX_ISSUES` issues of a file, and a count by reason of the others. */
export class IssueList {
	readonly issues: IngestIssue[] = [];
	more: MoreIssues | undefined;

	add(issues: readonly IngestIssue[]) {
		for (const issue of issues) {
			if (this.issues.length < MAX_ISSUES) {
				this.issues.push(issue);
				continue;
			}
			this.more ??= { count: 0, byReason: {} };
			this.more.count++;
			const reason = reasonOf(issue);
			this.more.byReason[reason] = (this.more.byReason[reason] ?? 0) + 1;
		}
	}
}

/** { key: 'notDepartement', … } → 'notDepartement'; without a key, "row 12: '99' bad" → 'row …: … bad'. */
export function reasonOf(issue: IngestIssue): string {
	return issue.key ?? issue.message.replace(/'[^']*'|\d+/g, '…');
}

/** Every parameter of a reason's message is '…': the reason is the same for any cell. */
const ELIDED: MessageParams = new Proxy(
	{},
	{ get: (_, name) => (typeof name === 'string' ? '…' : undefined) }
);

/**
 * A reason of `MoreIssues.byReason` as something said: its key, with English words and '…' for
 * the values that differ from issue to issue.
 * @example reasonSaid('notCommune').message // "'…' is not a commune code"
 */
export function reasonSaid(reason: string): {
	message: string;
	key?: MessageKey;
	params?: MessageParams;
} {
	if (!Object.hasOwn(ENGLISH_MESSAGES, reason)) return { message: reason };
	const key = reason as MessageKey;
	return { key, params: ELIDED, message: ENGLISH_MESSAGES[key](ELIDED) };
}

/** Issues as a result or a report holds them: the first thousand, and the others counted. */
type Counted = Pick<IngestResult, 'issues' | 'moreIssues'>;

/** Something said, with its key for the page's language when it has one. */
type Said = ReturnType<typeof reasonSaid>;

/** The issues beyond the first thousand, by reason (to say in a language), most frequent first. */
export function moreIssueLines(report: Counted): [Said, number][] {
	return Object.entries(report.moreIssues?.byReason ?? {})
		.sort((a, b) => b[1] - a[1])
		.map(([reason, n]) => [reasonSaid(reason), n]);
}

/** Every issue, listed or only counted, by reason (to say in a language), most frequent first. */
export function issueTotals(report: Counted): [Said, number][] {
	const totals = new Map<string, number>();
	for (const issue of report.issues) {
		const reason = reasonOf(issue);
		totals.set(reason, (totals.get(reason) ?? 0) + 1);
	}
	for (const [reason, n] of Object.entries(report.moreIssues?.byReason ?? {}))
		totals.set(reason, (totals.get(reason) ?? 0) + n);
	return [...totals].sort((a, b) => b[1] - a[1]).map(([reason, n]) => [reasonSaid(reason), n]);
}
