/**
 * A minimal XML well-formedness check for tests (node has no DOMParser): balanced tags, quoted
 * attributes without '<' or duplicates, known entities only, one root element.
 * @example expect(xmlProblems('<a><b/></a>')).toEqual([])
 */
export function xmlProblems(xml: string): string[] {
	const problems: string[] = [];
	const stack: string[] = [];
	const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
	const startTag =
		/^<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/;
	let roots = 0;
	let rest = xml.replace(/^\s*<\?xml[^?]*\?>\s*/, '');
	while (rest.length > 0) {
		const lt = rest.indexOf('<');
		const text = lt < 0 ? rest : rest.slice(0, lt);
		if (entity.test(text)) problems.push(`bad entity in text: ${text.slice(0, 40)}`);
		if (stack.length === 0 && text.trim()) problems.push(`text outside the root: ${text}`);
		if (lt < 0) break;
		rest = rest.slice(lt);
		if (rest.startsWith('<!--')) {
			const end = rest.indexOf('-->');
			if (end < 0) return [...problems, 'unclosed comment'];
			rest = rest.slice(end + 3);
			continue;
		}
		const close = /^<\/([A-Za-z_][\w:.-]*)\s*>/.exec(rest);
		if (close) {
			const open = stack.pop();
			if (open !== close[1]) problems.push(`</${close[1]}> closes <${open}>`);
			rest = rest.slice(close[0].length);
			continue;
		}
		const start = startTag.exec(rest);
		if (!start) return [...problems, `malformed tag: ${rest.slice(0, 60)}`];
		const names = [...start[2].matchAll(/([A-Za-z_][\w:.-]*)\s*=/g)].map((m) => m[1]);
		if (new Set(names).size !== names.length) problems.push(`duplicate attribute in <${start[1]}>`);
		if (entity.test(start[2])) problems.push(`bad entity in attributes of <${start[1]}>`);
		if (stack.length === 0) roots += 1;
		if (!start[3]) stack.push(start[1]);
		rest = rest.slice(start[0].length);
	}
	if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
	if (roots !== 1) problems.push(`${roots} root elements`);
	return problems;
}

/** The attributes of the first element `tag` (whose attributes match `where`, if given). */
export function attributesOf(xml: string, tag: string, where = ''): Record<string, string> {
	const match = new RegExp(`<${tag}\\s([^>]*${where}[^>]*)>`).exec(xml);
	if (!match) throw new Error(`no <${tag}> matching ${where}`);
	return Object.fromEntries(
		[...match[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]])
	);
}
