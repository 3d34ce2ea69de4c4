// ---------------------------------------------------------------------------------------------
// Tiny RFC-4180 CSV parser (quoted fields, doubled quotes, CRLF/LF, optional BOM)
// ---------------------------------------------------------------------------------------------
export function parseCsv(text) {
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const rows = [];
	let row = [];
	let field = '';
	let inQuotes = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inQuotes) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else inQuotes = false;
			} else field += c;
		} else if (c === '"') inQuotes = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			field = '';
			if (row.length > 1 || row[0] !== '') rows.push(row);
			row = [];
		} else field += c;
	}
	if (inQuotes) throw new Error('CSV: unterminated quoted field');
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	const [head, ...body] = rows;
	return body.map((r, n) => {
		if (r.length !== head.length)
			throw new Error(`CSV: line ${n + 2} has ${r.length} fields, header has ${head.length}`);
		return Object.fromEntries(head.map((h, j) => [h.trim(), r[j]]));
	});
}

export function csvField(v) {
	const s = String(v);
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
