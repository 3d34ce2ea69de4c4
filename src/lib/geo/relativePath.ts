const COMMAND = /([MLZ])([^MLZ]*)/g;

/**
 * An SVG path of absolute M, L and Z commands (as d3-geo writes them) rewritten with relative
 * lines: the same shape, in about a third fewer characters, which the prerendered map carries.
 * Coordinates are read as integers of 10^-digits so that no rounding error adds up along a
 * line; a path with any other command is returned as it is.
 *
 * @example relativePath('M10,20L12.5,21Z', 1) // 'M10,20l2.5,1z'
 */
export function relativePath(d: string, digits: number): string {
	if (!/^[MLZ0-9.,-]*$/.test(d)) return d;
	const unit = 10 ** digits;
	const scaled = (text: string) => Math.round(Number(text) * unit);
	const write = (n: number) => String(n / unit).replace(/^(-?)0\./, '$1.');
	let out = '';
	let [x, y, startX, startY] = [0, 0, 0, 0];
	let inLine = false;
	for (const [, command, args] of d.matchAll(COMMAND)) {
		if (command === 'Z') {
			out += 'z';
			[x, y, inLine] = [startX, startY, false];
			continue;
		}
		const [nx, ny] = args.split(',').map(scaled);
		if (command === 'M') {
			out += `M${write(nx)},${write(ny)}`;
			[x, y, startX, startY, inLine] = [nx, ny, nx, ny, false];
			continue;
		}
		const dx = write(nx - x);
		const dy = write(ny - y);
		// After the first pair, a pair needs a separator only when it starts with a digit or '.'.
		out += `${inLine ? (dx.startsWith('-') ? '' : ' ') : 'l'}${dx}${dy.startsWith('-') ? '' : ','}${dy}`;
		[x, y, inLine] = [nx, ny, true];
	}
	return out;
}
