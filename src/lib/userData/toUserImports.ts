import type { IngestValue } from '../ingest/types';
import { userIndicatorId, type UserImport } from './userModel';

export interface ImportNaming {
	label: string;
	unit: string;
	kind: 'count' | 'rate';
	fileName: string;
	importedAt: string;
}

/**
 * One import per indicator the file gave: a single one takes the user's name; several (measures
 * by year, categories) take the name followed by their own part, e.g. « Emplois (gs1_industrie) ».
 * @example toUserImports([{ indicator: 'x', … }], { label: 'Adhérents', … }, new Set()).map((i) => i.id) // ['user_adherents']
 */
export function toUserImports(
	values: readonly IngestValue[],
	naming: ImportNaming,
	taken: ReadonlySet<string>
): UserImport[] {
	const byIndicator = new Map<string, IngestValue[]>();
	for (const v of values)
		byIndicator.set(v.indicator, [...(byIndicator.get(v.indicator) ?? []), v]);
	const used = new Set(taken);
	return [...byIndicator].map(([indicator, own]) => {
		const label = byIndicator.size === 1 ? naming.label : `${naming.label} (${indicator})`;
		const id = userIndicatorId(label, used);
		used.add(id);
		return {
			id,
			label,
			unit: naming.unit,
			kind: naming.kind,
			fileName: naming.fileName,
			importedAt: naming.importedAt,
			values: own
		};
	});
}
