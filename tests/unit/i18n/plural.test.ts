import { describe, expect, it } from 'vitest';
import { isSingular, plural, quantityText, unitFor } from '$lib/i18n/plural';

describe('isSingular', () => {
	it.each([
		[0, 'fr', true],
		[1, 'fr', true],
		[1.5, 'fr', true],
		[-1, 'fr', true],
		[2, 'fr', false],
		[0, 'en', false],
		[1, 'en', true],
		[1.5, 'en', false]
	] as const)('%d in %s → %s', (n, lang, expected) => {
		expect(isSingular(n, lang)).toBe(expected);
	});
});

describe('unit words agree with the number', () => {
	it.each([
		[0, 'fr', '0 département'],
		[1, 'fr', '1 département'],
		[2, 'fr', '2 départements'],
		[0, 'en', '0 départements'],
		[1, 'en', '1 département']
	] as const)('plural(%d, %s) → %s', (n, lang, expected) => {
		expect(plural(n, lang, 'département', 'départements')).toBe(expected);
	});

	it.each([
		['établissements', 0, 'fr', 'établissement'],
		['établissements pour 10 000 hab.', 1.5, 'fr', 'établissement pour 10 000 hab.'],
		['établissements pour 10 000 hab.', 2.87, 'fr', 'établissements pour 10 000 hab.'],
		['demandeurs d’emploi', 1, 'fr', 'demandeur d’emploi'],
		['milliards d’euros', 1.2, 'fr', 'milliard d’euros'],
		['% du total de la région', 1, 'fr', '% du total de la région'],
		['establishments per 10,000 inhabitants', 1, 'en', 'establishment per 10,000 inhabitants'],
		['establishments', 0, 'en', 'establishments'],
		['salaried jobs', 1, 'en', 'salaried job']
	] as const)('unitFor(%j, %d, %s) → %j', (unit, n, lang, expected) => {
		expect(unitFor(unit, n, lang)).toBe(expected);
	});

	it.each([
		[0, 'établissements', 'fr', 0, '0\u00a0établissement'],
		[1, 'établissements', 'fr', 0, '1\u00a0établissement'],
		[1234, 'établissements', 'fr', 0, '1\u202f234\u00a0établissements'],
		// Printed '2': plural, as the reader sees 2.
		[1.996, 'établissements', 'fr', 0, '2\u00a0établissements'],
		[0.996, 'establishments', 'en', 0, '1\u00a0establishment'],
		[12.5, '% du total de la région', 'fr', 1, '12,5\u202f% du total de la région']
	] as const)('quantityText(%d, %j, %s, %d) → %j', (value, unit, lang, decimals, expected) => {
		expect(quantityText(value, unit, lang, decimals)).toBe(expected);
	});
});
