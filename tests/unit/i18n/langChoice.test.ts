import { describe, expect, it } from 'vitest';
import { chooseLang, langToAdd } from '$lib/i18n/langChoice';

describe('chooseLang', () => {
	it.each([
		[null, null, 'fr'],
		[null, 'en', 'en'],
		['en', null, 'en'],
		['fr', 'en', 'fr'],
		['en', 'fr', 'en'],
		['xx', 'en', 'en'],
		[null, 'de', 'fr']
	])('address %s, remembered %s → %s', (address, remembered, expected) => {
		expect(chooseLang(address, remembered)).toBe(expected);
	});
});

describe('langToAdd', () => {
	it.each([
		[null, 'en', 'en'],
		['xx', 'en', 'en'],
		['fr', 'en', null],
		['en', 'en', null],
		[null, 'fr', null],
		[null, null, null]
	])('address %s, remembered %s → %s', (address, remembered, expected) => {
		expect(langToAdd(address, remembered)).toBe(expected);
	});
});
