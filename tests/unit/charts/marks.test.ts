import { describe, expect, it } from 'vitest';
import { emphasisOf, markRole, markStyle } from '$lib/charts/marks';

describe('linked highlighting', () => {
	it.each([
		{ key: '69', hovered: null, selected: [], expected: 'normal' },
		{ key: '69', hovered: null, selected: ['69'], expected: 'selected' },
		{ key: '69', hovered: '69', selected: [], expected: 'hovered' },
		{ key: '69', hovered: '74', selected: ['69'], expected: 'dimmed' }
	] as const)(
		'$key with hover $hovered and selection $selected is $expected',
		({ key, hovered, selected, expected }) => {
			expect(emphasisOf(key, { hovered, selected })).toBe(expected);
		}
	);

	it('draws emphasis with attributes, so exports look like the screen', () => {
		expect(markStyle('hovered')).toEqual({
			stroke: '#111111',
			strokeWidth: 2.5,
			opacity: undefined
		});
		expect(markStyle('dimmed').opacity).toBe(0.35);
		expect(markStyle('normal')).toEqual({
			stroke: undefined,
			strokeWidth: undefined,
			opacity: undefined
		});
	});

	it('makes marks toggle buttons when the chart can select, focusable images otherwise', () => {
		expect(
			markRole('69', 'Rhône', { hovered: null, selected: ['69'], onselect: () => {} })
		).toEqual({
			role: 'button',
			tabindex: 0,
			'aria-label': 'Rhône',
			'aria-pressed': true,
			'data-key': '69',
			'data-emphasis': 'selected'
		});
		expect(markRole('69', 'Rhône', { hovered: null, selected: [] })).toMatchObject({
			role: 'img',
			tabindex: 0,
			'aria-pressed': undefined
		});
	});
});
