import { describe, expect, it } from 'vitest';
import { presetLabel } from '$lib/export/exportActions';
import { menuTarget } from '$lib/export/menuFocus';
import { PNG_PRESET_ORDER } from '$lib/export/layouts';
import { exportMessages } from '$lib/i18n/exportMessages';

describe('menuTarget', () => {
	it.each([
		['ArrowDown', 0, 5, 1],
		['ArrowDown', 4, 5, 0],
		['ArrowDown', -1, 5, 0],
		['ArrowUp', 0, 5, 4],
		['ArrowUp', 3, 5, 2],
		['ArrowUp', -1, 5, 4],
		['Home', 3, 5, 0],
		['End', 1, 5, 4],
		['a', 1, 5, null],
		['ArrowDown', 0, 0, null]
	])('%s from %d of %d → %s', (key, index, count, expected) => {
		expect(menuTarget(key, index, count)).toBe(expected);
	});
});

describe('exportMessages', () => {
	it('has the same keys in both languages', () => {
		expect(Object.keys(exportMessages.en).sort()).toEqual(Object.keys(exportMessages.fr).sort());
	});

	it.each([
		['fr', 1920, 1080, '1\u202f920 × 1\u202f080 px'],
		['en', 3508, 2480, '3,508 × 2,480 px'],
		['fr', 800, 600, '800 × 600 px']
	] as const)('pixelSize in %s: %d × %d → %j', (lang, w, h, expected) => {
		expect(exportMessages[lang].pixelSize(w, h)).toBe(expected);
	});

	it.each([
		[
			'fr',
			['1×', '2×', '4×', 'Diapositive 16:9', 'Impression A4, 300 dpi', 'Carré réseaux sociaux']
		],
		['en', ['1×', '2×', '4×', 'Slide 16:9', 'Print A4, 300 dpi', 'Social media square']]
	] as const)('labels every PNG preset in %s', (lang, labels) => {
		expect(PNG_PRESET_ORDER.map((p) => presetLabel(p, exportMessages[lang]))).toEqual(labels);
	});
});
