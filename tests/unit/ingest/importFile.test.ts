import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openFile, readWithChoices, withRoles } from '$lib/ingest/importFile';
import { joinReport } from '$lib/ingest/report';
import { GUESSED_CASES } from '../../fixtures/import/guessedCases';
import { IMPORT_CASES } from '../../fixtures/import/cases';

const folder = new URL('../../fixtures/import/', import.meta.url);
const bytes = (file: string) => new Uint8Array(fs.readFileSync(new URL(file, folder)));

describe('a file read as the importer guesses it (browser and data:check)', () => {
	it.each(
		GUESSED_CASES.map((c) => [`${c.file}${c.sheet ? ` [${c.sheet}]` : ''}: ${c.what}`, c] as const)
	)('%s', (_, c) => {
		const opened = openFile(bytes(c.file), { sheet: c.sheet });
		if (c.refused) {
			expect(opened.ok ? 'opened' : opened.message).toContain(c.refused);
			return;
		}
		if (!opened.ok) throw new Error(opened.message);
		const { guess } = opened.file;
		const result = readWithChoices(opened.file, {
			...guess,
			columns: withRoles(guess.columns, c.roles ?? {}),
			level: c.level ?? guess.level,
			year: c.year,
			kind: c.kind ?? guess.kind
		});
		expect([result.rows, result.accepted, result.rejected]).toEqual([
			c.rows,
			c.accepted,
			c.rejected
		]);
		expect(result.accepted + result.rejected).toBe(result.rows);
		const got = result.values.map((v) => [v.geo_level, v.geo_code, v.indicator, v.year, v.value]);
		for (const v of c.values ?? []) expect(got).toContainEqual(v);
		if (c.issues) {
			expect(result.issues.map((i) => [i.row, i.column])).toEqual(
				c.issues.map(([row, column]) => [row, column])
			);
			c.issues.forEach(([, , message], i) => expect(result.issues[i].message).toContain(message));
		}
		if (c.noData !== undefined) expect(result.noData).toBe(c.noData);
		if (c.outside !== undefined) expect(joinReport(result).outside).toBe(c.outside);
		if (c.communes) expect(joinReport(result).communes).toEqual(c.communes);
	});

	it('covers every file of the corpus, at least 30', () => {
		const files = fs.readdirSync(folder).filter((f) => !/\.(ts|md|mjs)$/.test(f));
		const covered = new Set([...GUESSED_CASES, ...IMPORT_CASES].map((c) => c.file));
		expect(files.filter((f) => !covered.has(f))).toEqual([]);
		expect(files.length).toBeGreaterThanOrEqual(30);
	});

	it('never sums a rate into régions, and sums a count into complete régions only', () => {
		const text =
			'code;annee;valeur\n' +
			['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87']
				.map((d) => `${d};2020;1,5`)
				.join('\n');
		const opened = openFile(new TextEncoder().encode(text));
		if (!opened.ok) throw new Error(opened.message);
		expect(opened.file.guess.kind).toBe('rate');
		const asRate = readWithChoices(opened.file, opened.file.guess);
		expect(asRate.values.some((v) => v.geo_level === 'region')).toBe(false);
		const asCount = readWithChoices(opened.file, { ...opened.file.guess, kind: 'count' });
		expect(asCount.values).toContainEqual({
			geo_level: 'region',
			geo_code: '75',
			indicator: 'valeur',
			year: 2020,
			value: 18
		});
	});
});
