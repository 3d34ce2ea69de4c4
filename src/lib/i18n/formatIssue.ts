import type { DataIssue, Lang } from '../data/types';
import { messages } from './messages';

/**
 * One located sentence per issue: file, row, column, what was found and what was expected.
 * @example formatIssue({ file: 'firms.csv', kind: 'not-a-number', row: 3, column: 'value', value: 'abc' }, 'en')
 * // 'firms.csv, row 3, column value: invalid number (found "abc")'
 */
export function formatIssue(issue: DataIssue, lang: Lang): string {
	const t = messages[lang];
	const where = [issue.file];
	if (issue.row !== undefined) where.push(`${t.row} ${issue.row}`);
	if (issue.column) where.push(`${t.column} ${issue.column}`);
	const details: string[] = [];
	if (issue.kind === 'malformed-row' && issue.value !== undefined) {
		details.push(t.cellCount(issue.value, issue.expected ?? ''));
	} else {
		if (issue.value !== undefined) details.push(`${t.found} ${t.quote(issue.value)}`);
		if (issue.expected !== undefined)
			details.push(`${t.expected}${t.colon}${expectedText(issue, lang)}`);
	}
	const detail = details.length ? ` (${details.join(t.semicolon)})` : '';
	return `${where.join(', ')}${t.colon}${t.issueKinds[issue.kind]}${detail}`;
}

function expectedText(issue: DataIssue, lang: Lang): string {
	const t = messages[lang];
	const expected = issue.expected ?? '';
	if (issue.kind === 'duplicate') return t.duplicateOf(expected);
	if (issue.kind === 'unknown-code') return t.codeOfLevel(expected);
	return expected;
}
