import { describe, expect, it } from 'vitest';
import { decodeBytes, readTable, readTerritoryCode, type SourceLevel } from '$lib/ingest';

describe('readTerritoryCode', () => {
	it.each([
		['departement', '1', '01'],
		['departement', '01', '01'],
		['departement', '2a', '2A'],
		['departement', '974', '974'],
		['departement', '84', '84'],
		['departement', '6.0', '06'],
		['region', '84', '84'],
		['region', '1', '01'],
		['commune', '1004', '01004'],
		['commune', '74081 Cluses', '74081'],
		['commune', '2A004', '2A004'],
		['pays', 'fr', 'FR']
	] as [SourceLevel, string, string][])('%s %j → %j', (level, raw, code) => {
		expect(readTerritoryCode(level, raw)).toEqual({ ok: true, code });
	});

	it.each([
		['region', '74'],
		['region', '05'],
		['departement', '20'],
		['departement', '96'],
		['departement', '977'],
		['departement', 'Ain'],
		['commune', '740']
	] as [SourceLevel, string][])('rejects %s %j', (level, raw) => {
		expect(readTerritoryCode(level, raw).ok).toBe(false);
	});
});

describe('decodeBytes', () => {
	it('reads UTF-8, with or without a BOM, and falls back to Windows-1252', () => {
		expect(decodeBytes(new TextEncoder().encode('\ufeffRégion'))).toEqual({
			text: 'Région',
			encoding: 'utf-8',
			bom: true
		});
		expect(decodeBytes(new Uint8Array([0x52, 0xe9, 0x67, 0x69, 0x6f, 0x6e, 0x20, 0x80]))).toEqual({
			text: 'Région €',
			encoding: 'windows-1252',
			bom: false
		});
	});
});

describe('readTable', () => {
	it.each([
		['a,b\n1,2', ','],
		['a;b\n1,5;2', ';'],
		['a\tb\n1\t2', '\t'],
		['a|b\n1|2', '|']
	])('sniffs the delimiter of %j', (text, delimiter) => {
		expect(readTable(text).delimiter).toBe(delimiter);
	});
});
