/**
 * A column name reduced to what identifies it: no BOM, no accents, no case, no spaces or line
 * breaks, one kind of apostrophe. Two headers match when their keys are equal.
 * @example headerKey('Nombre d’Établissements\n2006') // "nombred'etablissements2006"
 */
export function headerKey(name: string): string {
	return name
		.replace(/\ufeff/g, '')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[\u2019\u2018`´]/g, "'")
		.replace(/\s+/g, '')
		.toLowerCase();
}

/** The index of the column whose name matches `name`, or -1. */
export function findColumn(header: readonly string[], name: string): number {
	const key = headerKey(name);
	return header.findIndex((cell) => headerKey(cell) === key);
}
