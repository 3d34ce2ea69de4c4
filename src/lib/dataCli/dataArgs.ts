import type { ColumnRole } from '../ingest/guess';

export interface DataArgs {
	file?: string;
	sheet?: string;
	json: boolean;
	replace: boolean;
	indicator?: string;
	/** Column names forced to a role (`--code COL`…). */
	roles: Partial<Record<ColumnRole, string>>;
	level?: 'departement' | 'region' | 'commune' | 'pays';
	year?: number;
	kind?: 'count' | 'rate';
	label?: string;
	unit?: string;
	license?: string;
	errors: string[];
}

const ROLE_OPTIONS: Record<string, ColumnRole> = {
	'--code': 'code',
	'--name': 'name',
	'--year': 'year',
	'--value': 'value',
	'--category': 'category',
	'--indicator-column': 'indicator'
};
const TEXT_OPTIONS = ['--sheet', '--indicator', '--label', '--unit', '--license'] as const;

/**
 * Reads the command line of `data:check` and `data:import`. `--year` takes a column name, or a
 * year (2024) when the file has none; `--level` says what the code column holds.
 * @example parseDataArgs(['f.csv', '--code', 'dep', '--json']).roles.code // 'dep'
 */
export function parseDataArgs(argv: readonly string[]): DataArgs {
	const args: DataArgs = { json: false, replace: false, roles: {}, errors: [] };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const next = () => {
			const value = argv[++i];
			if (value === undefined) args.errors.push(`${arg} needs a value`);
			return value ?? '';
		};
		if (arg === '--json') args.json = true;
		else if (arg === '--replace') args.replace = true;
		else if (arg === '--year') {
			const value = next();
			if (/^(19|20)\d{2}$/.test(value)) args.year = Number(value);
			else args.roles.year = value;
		} else if (arg in ROLE_OPTIONS) args.roles[ROLE_OPTIONS[arg]] = next();
		else if ((TEXT_OPTIONS as readonly string[]).includes(arg)) {
			const key = arg.slice(2) as 'sheet' | 'indicator' | 'label' | 'unit' | 'license';
			args[key] = next();
		} else if (arg === '--level') {
			const value = next();
			if (['departement', 'region', 'commune', 'pays'].includes(value))
				args.level = value as DataArgs['level'];
			else args.errors.push(`--level: '${value}' is not departement, region, commune or pays`);
		} else if (arg === '--kind') {
			const value = next();
			if (value === 'count' || value === 'rate') args.kind = value;
			else args.errors.push(`--kind: '${value}' is not count or rate`);
		} else if (arg.startsWith('--')) args.errors.push(`unknown option ${arg}`);
		else if (args.file === undefined) args.file = arg;
		else args.errors.push(`one file only ('${arg}')`);
	}
	if (args.file === undefined) args.errors.push('no file given');
	return args;
}
