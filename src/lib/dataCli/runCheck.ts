import { joinReport, reportText } from '../ingest/report';
import { reasonSaid } from '../ingest/issueList';
import { parseDataArgs } from './dataArgs';
import { readFileArgs } from './readFileArgs';

export interface Output {
	out: (text: string) => void;
	err: (text: string) => void;
}

/**
 * `npm run data:check -- <file> [--sheet NAME] [--json] [--code COL] …`: the join report of a
 * file; exit code 0 when it gives at least one figure, 1 otherwise.
 */
export async function runCheck(argv: readonly string[], io: Output): Promise<number> {
	const args = parseDataArgs(argv);
	if (args.errors.length) {
		io.err(`data:check: ${args.errors.join('; ')}`);
		return 1;
	}
	const reading = await readFileArgs(args);
	if (!reading.ok) {
		if (args.json)
			io.out(
				JSON.stringify({
					rows: 0,
					accepted: 0,
					rejected: 0,
					issues: [{ row: 0, column: '', message: reading.message }],
					values: []
				})
			);
		io.err(reading.message);
		return 1;
	}
	const { result, choices } = reading;
	const usable = result.values.length > 0;
	if (args.json) {
		const { rows, accepted, rejected, issues, moreIssues, values } = result;
		// The contract's issue is { row, column, message }: the keys are for the page's language;
		// so are the reasons of the issues beyond the first thousand, said here in English.
		const located = issues.map(({ row, column, message }) => ({ row, column, message }));
		const more = moreIssues && {
			count: moreIssues.count,
			byReason: Object.fromEntries(
				Object.entries(moreIssues.byReason).map(([reason, n]) => [reasonSaid(reason).message, n])
			)
		};
		io.out(JSON.stringify({ rows, accepted, rejected, issues: located, moreIssues: more, values }));
	} else {
		io.out(
			`${args.file}: columns ${choices.columns.map((c) => `'${c.column}' = ${c.role}`).join(', ')}; level ${choices.level}`
		);
		io.out(reportText(joinReport(result)));
		io.out(
			usable ? `usable: ${result.values.length} figures` : 'not usable: no figure could be read'
		);
	}
	return usable ? 0 : 1;
}
