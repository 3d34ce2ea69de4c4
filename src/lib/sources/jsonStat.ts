/** One dimension of a JSON-stat dataset: its id and its category codes in index order. */
export interface JsonStatDimension {
	id: string;
	codes: string[];
}

/** One cell of the cube that has a value or a status. */
export interface JsonStatCell {
	/** Category code per dimension id. */
	coords: Record<string, string>;
	/** The number published, or null when the cell has none (or `:`, or a non-numeric value). */
	value: number | null;
	/** The status flags as published ('p', 'e', 'b', 'c', ':', 'bp'…), '' when none. */
	status: string;
	/** Where the cell is in the file, for messages: `value["17"]` or `value[17]`. */
	where: string;
}

export interface JsonStatReading {
	dimensions: JsonStatDimension[];
	cells: JsonStatCell[];
	/** What makes the file unreadable or unlike JSON-stat 2.0, each with where it was found. */
	problems: string[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a JSON-stat 2.0 dataset (as Eurostat's statistics API answers): dimensions in the order of
 * `id` with their `size`, category `index` as an object or an array, `value` dense (array, null =
 * no value) or sparse (object keyed by position), `status` as one string, an array or an object.
 * Every position that has a value or a status is a cell. Never throws: problems are messages that
 * name the file and where in it.
 * @example readJsonStat('{"version":"2.0","class":"dataset","id":["geo"],"size":[1],"dimension":{"geo":{"category":{"index":{"FRK1":0}}}},"value":[5]}', 'x.json').cells[0]
 * // { coords: { geo: 'FRK1' }, value: 5, status: '', where: 'value[0]' }
 */
export function readJsonStat(text: string, file: string): JsonStatReading {
	const reading: JsonStatReading = { dimensions: [], cells: [], problems: [] };
	const fail = (message: string) => {
		reading.problems.push(`${file}: ${message}`);
		return reading;
	};
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\ufeff/, ''));
	} catch (error) {
		return fail(`not valid JSON (${(error as Error).message})`);
	}
	if (!isObject(data)) return fail('expected a JSON-stat dataset object');
	if ('error' in data)
		return fail(`the publisher answered with an error: ${errorText(data.error)}`);
	if (data.class !== 'dataset')
		return fail(`"class" is ${JSON.stringify(data.class)}, expected "dataset"`);
	if (data.version !== '2.0')
		return fail(`"version" is ${JSON.stringify(data.version)}, expected "2.0"`);
	const ids = data.id;
	const sizes = data.size;
	if (!Array.isArray(ids) || !ids.every((i) => typeof i === 'string'))
		return fail('"id" is not a list of dimension names');
	if (!Array.isArray(sizes) || sizes.length !== ids.length || !sizes.every(Number.isInteger))
		return fail(`"size" is not a list of ${ids.length} whole numbers, one per "id"`);
	if (!isObject(data.dimension)) return fail('"dimension" is missing');
	for (const [d, id] of ids.entries()) {
		const codes = categoryCodes(data.dimension[id]);
		if (typeof codes === 'string') return fail(`dimension.${id}: ${codes}`);
		if (codes.length !== sizes[d])
			return fail(`dimension.${id} has ${codes.length} categories, "size" says ${sizes[d]}`);
		reading.dimensions.push({ id, codes });
	}
	const total = (sizes as number[]).reduce((a, b) => a * b, 1);
	const values = positions(data.value, 'value', total);
	const statuses = positions(data.status ?? {}, 'status', total);
	for (const p of [values, statuses]) if (typeof p === 'string') return fail(p);
	const valueAt = values as Map<number, unknown>;
	const statusAt = statuses as Map<number, unknown>;
	const all = [...new Set([...valueAt.keys(), ...statusAt.keys()])].sort((a, b) => a - b);
	for (const position of all) {
		const where = Array.isArray(data.value) ? `value[${position}]` : `value["${position}"]`;
		const raw = valueAt.get(position) ?? null;
		const status = statusAt.get(position);
		if (raw !== null && typeof raw !== 'number') {
			reading.problems.push(
				`${file}: ${where} is ${JSON.stringify(raw)}, expected a number or null`
			);
			continue;
		}
		if (status !== undefined && typeof status !== 'string') {
			reading.problems.push(
				`${file}: status of ${where} is ${JSON.stringify(status)}, expected text`
			);
			continue;
		}
		reading.cells.push({
			coords: coordsOf(position, reading.dimensions),
			value: raw,
			status: status ?? '',
			where
		});
	}
	return reading;
}

/** The category codes of a dimension in index order, or why they cannot be read. */
function categoryCodes(dimension: unknown): string[] | string {
	if (!isObject(dimension) || !isObject(dimension.category)) return 'no "category"';
	const { index, label } = dimension.category;
	if (Array.isArray(index)) return index.map(String);
	if (isObject(index)) {
		const codes: string[] = [];
		for (const [code, at] of Object.entries(index)) {
			if (!Number.isInteger(at) || codes[at as number] !== undefined)
				return `category.index["${code}"] is ${JSON.stringify(at)}, not a free position`;
			codes[at as number] = code;
		}
		return codes.length === Object.keys(index).length ? codes : 'category.index leaves a gap';
	}
	// A dimension of one category may give only its label.
	if (index === undefined && isObject(label) && Object.keys(label).length === 1)
		return Object.keys(label);
	return 'category.index is neither an object nor a list';
}

/** Position → entry of a dense list (nulls skipped), a sparse object, or one string for all. */
function positions(entries: unknown, name: string, total: number): Map<number, unknown> | string {
	const out = new Map<number, unknown>();
	if (typeof entries === 'string') {
		for (let p = 0; p < total; p++) out.set(p, entries);
		return out;
	}
	if (Array.isArray(entries)) {
		if (entries.length !== total)
			return `"${name}" has ${entries.length} entries, the dimensions' sizes give ${total}`;
		entries.forEach((v, p) => v !== null && out.set(p, v));
		return out;
	}
	if (!isObject(entries)) return `"${name}" is neither a list nor an object`;
	for (const [key, v] of Object.entries(entries)) {
		const p = Number(key);
		if (!/^\d+$/.test(key) || p >= total)
			return `${name}["${key}"] is not a position between 0 and ${total - 1}`;
		out.set(p, v);
	}
	return out;
}

/** Row-major order: the last dimension of `id` varies fastest. */
function coordsOf(position: number, dimensions: JsonStatDimension[]): Record<string, string> {
	const coords: Record<string, string> = {};
	let rest = position;
	for (let d = dimensions.length - 1; d >= 0; d--) {
		const { id, codes } = dimensions[d];
		coords[id] = codes[rest % codes.length];
		rest = Math.floor(rest / codes.length);
	}
	return coords;
}

function errorText(error: unknown): string {
	const list = Array.isArray(error) ? error : [error];
	return list
		.map((e) => (isObject(e) ? [e.status, e.id, e.label].filter(Boolean).join(' ') : String(e)))
		.join('; ');
}
