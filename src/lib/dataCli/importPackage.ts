import type { IngestValue } from '../ingest/types';

/** The parts of datapackage.json an import reads and writes. */
export interface PackageJson {
	resources: {
		name: string;
		path: string;
		schema: { fields: { name: string; constraints?: { enum?: string[] } }[] };
	}[];
	indicators: { id: string; resource: string }[];
	sources: { id: string }[];
	[key: string]: unknown;
}

export const IMPORT_RESOURCE = 'imported';
const HEADER = 'geo_level,geo_code,indicator,year,value,source';

export interface ImportPlan {
	indicators: string[];
	source: {
		id: string;
		title: string;
		path: string;
		licenseName: string;
		vintage: string;
	};
	label?: string;
	unit?: string;
	kind: 'count' | 'rate';
	date: string;
}

/**
 * The data package with an import's indicators and source added (or replaced), and the
 * resource file's new text: rows of the same indicators are replaced, others kept.
 */
export function addImport(
	pkg: PackageJson,
	previousCsv: string,
	values: readonly IngestValue[],
	plan: ImportPlan
): { pkg: PackageJson; csv: string } {
	const replaced = new Set(plan.indicators);
	const kept = previousCsv
		.split('\n')
		.slice(1)
		.filter((line) => line && !replaced.has(line.split(',')[2]));
	const rows = values.map((v) =>
		[v.geo_level, v.geo_code, v.indicator, v.year, v.value, plan.source.id].join(',')
	);
	const lines = [...kept, ...rows].sort();
	const indicators = pkg.indicators.filter((i) => !replaced.has(i.id));
	for (const id of plan.indicators) {
		const label = plan.indicators.length === 1 && plan.label ? plan.label : id;
		indicators.push({
			id,
			resource: IMPORT_RESOURCE,
			group: IMPORT_RESOURCE,
			label: { fr: label, en: label },
			unit: { fr: plan.unit ?? '', en: plan.unit ?? '' },
			kind: plan.kind,
			definition: {
				fr: `Importé le ${plan.date} depuis ${plan.source.title}.`,
				en: `Imported on ${plan.date} from ${plan.source.title}.`
			},
			sources: [plan.source.id],
			vintage: plan.source.vintage
		} as PackageJson['indicators'][number]);
	}
	const sources = [
		...pkg.sources.filter((s) => s.id !== plan.source.id),
		{
			...plan.source,
			publisher: plan.source.title,
			license: { fr: plan.source.licenseName, en: plan.source.licenseName },
			vintage: { fr: plan.source.vintage, en: plan.source.vintage },
			note: {
				fr: `Fichier importé le ${plan.date} avec npm run data:import.`,
				en: `File imported on ${plan.date} with npm run data:import.`
			}
		}
	];
	const lineIndicators = [...new Set(lines.map((l) => l.split(',')[2]))].sort();
	const lineSources = [...new Set(lines.map((l) => l.split(',')[5]))].sort();
	const resources = pkg.resources.filter((r) => r.name !== IMPORT_RESOURCE);
	const template = structuredClone(pkg.resources[0].schema);
	for (const field of template.fields) {
		if (field.name === 'indicator')
			field.constraints = { ...field.constraints, enum: lineIndicators };
		if (field.name === 'source') field.constraints = { ...field.constraints, enum: lineSources };
		if (field.name === 'value' && plan.kind === 'rate') field.constraints = {};
	}
	resources.push({
		...pkg.resources[0],
		name: IMPORT_RESOURCE,
		path: `${IMPORT_RESOURCE}.csv`,
		schema: template
	});
	return {
		pkg: { ...pkg, resources, indicators, sources },
		csv: `${[HEADER, ...lines].join('\n')}\n`
	};
}

/** The SOURCES.md section of an imported source, replacing an earlier one of the same id. */
export function withSourceSection(markdown: string, plan: ImportPlan): string {
	const heading = `### \`${plan.source.id}\``;
	const section = [
		heading,
		'',
		`- **Title:** ${plan.source.title}`,
		`- **Imported:** ${plan.date} with \`npm run data:import\` (indicators: ${plan.indicators.join(', ')})`,
		`- **Licence:** ${plan.source.licenseName}`,
		`- **Vintage:** ${plan.source.vintage}`,
		''
	].join('\n');
	const start = markdown.indexOf(heading);
	if (start < 0) return `${markdown.trimEnd()}\n\n${section}`;
	const end = markdown.indexOf('\n### ', start + heading.length);
	return markdown.slice(0, start) + section + (end < 0 ? '' : markdown.slice(end + 1));
}
