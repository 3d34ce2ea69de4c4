import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDataArgs } from './dataArgs';
import { addImport, IMPORT_RESOURCE, withSourceSection, type PackageJson } from './importPackage';
import { readFileArgs } from './readFileArgs';
import type { Output } from './runCheck';

/**
 * `npm run data:import -- <file> --indicator <id> [mapping options] [--replace]`: adds the
 * file's figures to data/ (data/imported.csv, datapackage.json, SOURCES.md). Figures for
 * territories the atlas has no shape for (overseas) are left out and counted.
 */
export async function runImport(
	argv: readonly string[],
	io: Output,
	dataDir = 'data',
	today = new Date()
): Promise<number> {
	const args = parseDataArgs(argv);
	if (!args.indicator) args.errors.push('--indicator <id> is needed');
	if (args.errors.length) {
		io.err(`data:import: ${args.errors.join('; ')}`);
		return 1;
	}
	const reading = await readFileArgs(args);
	if (!reading.ok) {
		io.err(reading.message);
		return 1;
	}
	const { result, choices } = reading;
	const topology = JSON.parse(readFileSync(join(dataDir, 'geo/france.topo.json'), 'utf8'));
	const known = new Set<string>(['pays|FR']);
	for (const [object, level] of [
		['departements', 'departement'],
		['regions', 'region']
	])
		for (const g of topology.objects[object].geometries) known.add(`${level}|${g.id}`);
	const values = result.values.filter((v) => known.has(`${v.geo_level}|${v.geo_code}`));
	if (values.length === 0) {
		io.err(
			`${args.file}: no figure for a territory of the atlas (${result.rejected} of ${result.rows} rows rejected)`
		);
		return 1;
	}
	const pkgPath = join(dataDir, 'datapackage.json');
	const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as PackageJson;
	const indicators = [...new Set(values.map((v) => v.indicator))].sort();
	const existing = indicators.filter((id) => pkg.indicators.some((i) => i.id === id));
	if (existing.length && !args.replace) {
		io.err(
			`data:import: indicator ${existing.join(', ')} already in data/datapackage.json; add --replace to replace it`
		);
		return 1;
	}
	const csvPath = join(dataDir, `${IMPORT_RESOURCE}.csv`);
	const previous = existsSync(csvPath) ? readFileSync(csvPath, 'utf8') : '';
	const years = [...new Set(values.map((v) => v.year))].sort();
	const plan = {
		indicators,
		source: {
			id: `import-${args.indicator}`,
			title: basename(args.file ?? ''),
			path: basename(args.file ?? ''),
			licenseName: args.license ?? 'unknown',
			vintage: years.length > 1 ? `${years[0]}-${years[years.length - 1]}` : String(years[0])
		},
		label: args.label,
		unit: args.unit,
		kind: choices.kind ?? 'count',
		date: today.toISOString().slice(0, 10)
	};
	const { pkg: next, csv } = addImport(pkg, previous, values, plan);
	writeFileSync(csvPath, csv);
	writeFileSync(pkgPath, `${JSON.stringify(next, null, '\t')}\n`);
	const sourcesPath = join(dataDir, 'SOURCES.md');
	writeFileSync(sourcesPath, withSourceSection(readFileSync(sourcesPath, 'utf8'), plan));
	const left = result.values.length - values.length;
	io.out(
		`${existing.length ? 'replaced' : 'added'} ${indicators.join(', ')}: ${values.length} figures (${years.join(', ')}) in ${csvPath}`
	);
	io.out(
		`rows read ${result.rows}, accepted ${result.accepted}, rejected ${result.rejected}; ${left} figures outside the atlas's map left out`
	);
	io.out(
		`updated ${pkgPath} (indicators, source ${plan.source.id}, resource ${IMPORT_RESOURCE}) and ${sourcesPath}`
	);
	return 0;
}
