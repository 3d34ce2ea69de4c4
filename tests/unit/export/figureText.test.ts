import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, namesImportedData } from '$lib/export/embedSnippet';
import {
	keepFigureText,
	readFigureText,
	withFigureText,
	writeFigureText
} from '$lib/export/figureText';

describe('figure title and note in the URL', () => {
	it('writes, reads back and removes a figure’s title and note', () => {
		const query = writeFigureText('?lang=en', 'ranking', { title: 'Mon titre', note: 'Vu & revu' });
		expect(readFigureText(new URLSearchParams(query), 'ranking')).toEqual({
			title: 'Mon titre',
			note: 'Vu & revu'
		});
		expect(readFigureText(new URLSearchParams(query), 'trend')).toEqual({ title: '', note: '' });
		expect(writeFigureText(query, 'ranking', { title: '', note: ' ' })).toBe('?lang=en');
	});

	it('keeps the figure texts when the page writes a new view', () => {
		const current = new URLSearchParams('indicator=a&map-title=T&map-note=N');
		expect(keepFigureText('?indicator=b', current)).toBe('?indicator=b&map-title=T&map-note=N');
		// The page's own query is kept as written (',' not encoded), and untouched without texts.
		expect(keepFigureText('?sel=74,33', current)).toBe('?sel=74,33&map-title=T&map-note=N');
		expect(keepFigureText('?sel=74,33', new URLSearchParams('sel=1'))).toBe('?sel=74,33');
		expect(keepFigureText('', current)).toBe('?map-title=T&map-note=N');
	});

	it('keeps the descriptive title when the reader gave none', () => {
		expect(withFigureText({ title: 'Défaut' }, { title: '', note: 'N' })).toEqual({
			title: 'Défaut',
			note: 'N'
		});
		expect(withFigureText({ title: 'Défaut' }, { title: 'Mien', note: '' }).title).toBe('Mien');
	});
});

describe('embed', () => {
	it('points at the embed page with the figure and the page’s own view', () => {
		expect(embedUrl('https://atlas.example/', '/embed', 'ranking', '?indicator=x&sel=69')).toBe(
			'https://atlas.example/embed?figure=ranking&indicator=x&sel=69'
		);
	});

	it('adds what a profile figure needs that its page has in its path (its area)', () => {
		expect(
			embedUrl('https://a/', '/embed', 'profile-jobs', '?lang=en&area=x', { area: 'r84' })
		).toBe('https://a/embed?figure=profile-jobs&lang=en&area=r84');
	});

	it.each([
		['?indicator=user-ab12&lang=en', true],
		['?y=user-ab12:value&x=jobs_industry:value', true],
		['?trendIndicator=jobs_industry&sel=69,r84', false],
		['?indicator=jobs_industry&map-title=user-friendly', false]
	])('%s names the reader’s imported data: %s (no embed can draw it)', (query, expected) => {
		expect(namesImportedData(query)).toBe(expected);
	});

	it('gives an iframe named for screen readers, with its texts escaped', () => {
		const snippet = embedSnippet('https://a/embed?figure=map&x=1', 'R&D "2021"');
		expect(snippet).toMatch(
			/^<iframe src="https:\/\/a\/embed\?figure=map&amp;x=1" title="R&amp;D &quot;2021&quot;"/
		);
		expect(snippet.endsWith('></iframe>')).toBe(true);
	});
});
