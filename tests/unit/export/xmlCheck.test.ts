import { describe, expect, it } from 'vitest';
import { xmlProblems } from './xmlCheck';

describe('xmlProblems (test helper)', () => {
	it.each([
		['<a><b x="1"/>t &amp; u</a>', true],
		['<?xml version="1.0"?>\n<a>&#233;</a>', true],
		['<a><b></a>', false],
		['<a>R&D</a>', false],
		['<a x="1" x="2"/>', false],
		['<a x=1/>', false],
		['<a/><b/>', false],
		['<a>1 < 2</a>', false]
	])('%s well-formed: %s', (xml, ok) => {
		expect(xmlProblems(xml).length === 0).toBe(ok);
	});
});
