import type { IngestIssue } from './types';

/** Issues kept with their row and column; beyond, only counted, so that memory stays bounded. */
export const MAX_ISSUES = 1000;

export interface MoreIssues {
	count: number;
	/** The issues left out, counted by reason (the message without its cell values and numbers). */
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

/** "'99' is not a département code" → "… is not a département code". */
export function reasonOf(issue: IngestIssue): string {
	return issue.message.replace(/'[^']*'|\d+/g, '…');
}
