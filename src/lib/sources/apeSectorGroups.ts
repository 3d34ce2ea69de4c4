/**
 * The atlas's sector groups an APE code (NAF rév. 2 sub-class, `2562A` or `25.62A`) counts in:
 * always `total`; divisions 05–39 are industry (sections B–E), 10–33 manufacturing (C); divisions
 * 25 and 28, and the sub-classes 25.62A and 25.62B, have groups of their own. The suffixes are
 * those of the atlas's indicator ids (`establishments_industry`, `establishments_2562A_barturning`).
 * @example apeSectorGroups('2562A') // ['total', 'industry', 'manufacturing', 'C25_metal_products', '2562A_barturning']
 * @example apeSectorGroups('4711D') // ['total']
 */
export function apeSectorGroups(ape: string): string[] {
	const code = ape.trim().split(/\s+/)[0].replace('.', '').toUpperCase();
	if (code === '') return [];
	const groups = ['total'];
	if (!/^\d{4}[A-Z]$/.test(code)) return groups;
	const division = Number(code.slice(0, 2));
	if (division >= 5 && division <= 39) groups.push('industry');
	if (division >= 10 && division <= 33) groups.push('manufacturing');
	if (division === 25) groups.push('C25_metal_products');
	if (division === 28) groups.push('C28_machinery');
	if (code === '2562A') groups.push('2562A_barturning');
	if (code === '2562B') groups.push('2562B_industrial_mechanics');
	return groups;
}
