import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest, readNumber } from '$lib/ingest';
import { openFile, readWithChoices } from '$lib/ingest/importFile';

const cell = fc.oneof(
	fc.string({ maxLength: 8 }),
	fc.constantFrom(
		'01',
		'2A',
		'84',
		'971',
		'2020',
		'1 234,5',
		's',
		'',
		'"',
		';',
		',',
		'\n',
		'\r\n',
		'\t',
		'|',
		'\ufeff',
		'-3,5 %'
	),
	fc.integer({ min: -1e6, max: 1e6 }).map(String)
);
const csv = fc
	.tuple(
		fc.constantFrom(',', ';', '\t', '|'),
		fc.constantFrom('\n', '\r\n'),
		fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 12 })
	)
	.map(([d, eol, rows]) => rows.map((r) => r.join(d)).join(eol));

describe('reading any table', () => {
	it('never throws, and accepted + rejected = rows read', () => {
		fc.assert(
			fc.property(csv, (text) => {
				const opened = openFile(new TextEncoder().encode(text));
				if (!opened.ok) return;
				const result = readWithChoices(opened.file, opened.file.guess);
				expect(result.accepted + result.rejected).toBe(result.rows);
				expect(result.rejected === 0 || result.issues.length > 0).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('keeps the count with any mapping of the core too', () => {
		fc.assert(
			fc.property(
				csv,
				fc.constantFrom('departement', 'region', 'commune') as fc.Arbitrary<
					'departement' | 'region' | 'commune'
				>,
				(text, level) => {
					const result = ingest(text, {
						code: { column: 'a', level },
						year: 'b',
						value: 'c',
						indicator: 'x',
						sumRows: level === 'commune'
					});
					expect(result.accepted + result.rejected).toBe(result.rows);
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('a number written with any supported separators', () => {
	const separators = {
		',': [' ', '\u00a0', '\u202f', '.', ''],
		'.': [' ', '\u00a0', '\u202f', ',', '']
	} as const;
	const written = fc
		.tuple(
			fc.integer({ min: 0, max: 999_999_999 }),
			fc.integer({ min: 0, max: 999 }),
			fc.integer({ min: 0, max: 3 }),
			fc.boolean(),
			fc.constantFrom(',' as const, '.' as const),
			fc.nat(4)
		)
		.map(([whole, fraction, decimals, negative, mark, s]) => {
			const thousands = separators[mark][s];
			const digits = fraction.toString().padStart(3, '0').slice(0, decimals);
			const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
			const text = `${negative ? '-' : ''}${grouped}${decimals ? mark + digits : ''}`;
			const value = (negative ? -1 : 1) * Number(`${whole}${decimals ? `.${digits}` : ''}`);
			return { text, mark, value };
		});

	it('reads back to itself', () => {
		fc.assert(
			fc.property(written, ({ text, mark, value }) => {
				const reading = readNumber(text, { decimal: mark });
				expect(reading).toMatchObject({ kind: 'number' });
				if (reading.kind === 'number') expect(reading.value + 0).toBe(value + 0);
			}),
			{ numRuns: 2000 }
		);
	});
});
