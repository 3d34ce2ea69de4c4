import { describe, expect, it } from 'vitest';
import { sayIngest } from '$lib/i18n/ingestMessages';
import { readerStopped } from '$lib/userData/workerMessages';

describe('the importer’s worker stopping on an error', () => {
	it('is said in the page’s language, with the error’s detail when there is one', () => {
		expect(sayIngest(readerStopped('RangeError: x'), 'fr')).toBe(
			'la lecture s’est arrêtée (RangeError: x)'
		);
		expect(sayIngest(readerStopped(), 'fr')).toBe('la lecture s’est arrêtée');
		expect(sayIngest(readerStopped(), 'en')).toBe('the reading stopped');
	});
});
