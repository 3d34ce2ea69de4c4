import { ingest } from '$lib/ingest';
import { joinReport } from '$lib/ingest/report';

/** 300 rows of one figure (299 duplicates), then 1,200 unknown codes: 1,499 issues, 1,000 kept. */
export function overCap() {
	const rows = [
		...Array.from({ length: 300 }, () => '01;2020;1'),
		...Array.from({ length: 1200 }, (_, i) => `Z${i};2020;1`)
	];
	return joinReport(
		ingest(`code;year;value\n${rows.join('\n')}\n`, {
			code: { column: 'code', level: 'departement' },
			year: 'year',
			value: 'value',
			indicator: 'x'
		})
	);
}
