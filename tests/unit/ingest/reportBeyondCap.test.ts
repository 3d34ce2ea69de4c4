import { describe, expect, it } from 'vitest';
import { reportWords } from '$lib/i18n/ingestMessages';
import { reportCsv, reportText } from '$lib/ingest/report';
import { overCap } from './overCap';

describe('the join report of a file with more than 1,000 issues', () => {
	it('counts every unknown code and duplicate, not only the listed ones', () => {
		const report = overCap();
		expect(report.issues).toHaveLength(1000);
		expect([report.unknownCount, report.duplicateCount]).toEqual([1200, 299]);
		expect(reportText(report)).toContain('unknown codes: 1200; duplicates: 299');
	});

	it('writes in the CSV how many issues there are, how many it lists, and all by reason', () => {
		const lines = reportCsv(overCap()).split('\n');
		expect(lines.filter((l) => /^\d/.test(l))).toHaveLength(1000);
		expect(lines).toEqual(
			expect.arrayContaining([
				',issues in all,1499',
				',issues listed above (the first ones),1000',
				",issues in all: '…' is not a département code,1200",
				',"issues in all: same territory, indicator and year as row …",299'
			])
		);
	});

	it('says the same in French', () => {
		expect(reportCsv(overCap(), reportWords('fr')).split('\n')).toEqual(
			expect.arrayContaining([
				',problèmes en tout,1499',
				',problèmes listés ci-dessus (les premiers),1000',
				',problèmes en tout : « … » n’est pas un code de département,1200'
			])
		);
	});
});
