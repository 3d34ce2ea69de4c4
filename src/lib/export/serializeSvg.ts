import type { FigureBody } from './figureSpec';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Inherited presentation properties, written where they differ from the parent's value. */
const INHERITED = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-linejoin',
	'stroke-dasharray',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'paint-order',
	'visibility'
] as const;
const TEXT_TAGS = new Set(['text', 'tspan', 'textPath']);
const DROPPED_TAGS = new Set(['title', 'desc', 'script', 'style', 'foreignObject', 'metadata']);
const DROPPED_ATTR = /^(class|style|tabindex|role|focusable|aria-.*|data-.*|on.*)$/i;
/** Fill of an area whose paint server cannot be found (e.g. a pattern defined elsewhere). */
export const FALLBACK_FILL = '#d9d9d9';

/** Computed values as attribute values: '1.5px' → '1.5', 'url("…#id")' → 'url(#id)'. */
function attrValue(value: string, svg: SVGSVGElement, copy: Element): string {
	const url = /^url\(\s*["']?[^#"')]*#([^"')]+)["']?\s*\)/.exec(value);
	if (url) return resolvePaint(url[1], svg, copy) ?? FALLBACK_FILL;
	return value.replace(/(\d)px\b/g, '$1').replace(/"/g, "'");
}

/** Keeps a `url(#id)` paint if the id is in the clone, copying it in from the page if needed. */
function resolvePaint(id: string, svg: SVGSVGElement, copy: Element): string | null {
	const outer = rootOf(copy);
	if (outer.querySelector(`[id="${CSS.escape(id)}"]`)) return `url(#${id})`;
	const found = svg.ownerDocument.getElementById(id);
	if (!found || svg.contains(found)) return null;
	let defs = outer.querySelector(':scope > defs');
	if (!defs)
		defs = outer.insertBefore(
			outer.ownerDocument.createElementNS(SVG_NS, 'defs'),
			outer.firstChild
		);
	const imported = found.cloneNode(true) as Element;
	defs.appendChild(imported);
	inlineStyles(found, imported, svg, null);
	return `url(#${id})`;
}

function rootOf(element: Element): Element {
	let node = element;
	while (node.parentElement) node = node.parentElement;
	return node;
}

/**
 * Writes the computed styles of `source` (and its subtree) as attributes on its clone `target`:
 * inherited properties only where they differ from the parent (`baseline` for `source` itself;
 * null writes them all).
 */
function inlineStyles(
	source: Element,
	target: Element,
	svg: SVGSVGElement,
	baseline: CSSStyleDeclaration | null
): void {
	const pairs: [Element, Element][] = [];
	const walk = (a: Element, b: Element) => {
		pairs.push([a, b]);
		for (let i = 0; i < a.children.length; i += 1) walk(a.children[i], b.children[i]);
	};
	walk(source, target);
	const view = svg.ownerDocument.defaultView ?? window;
	const removed: Element[] = [];
	for (const [original, copy] of pairs) {
		const style = view.getComputedStyle(original);
		if (style.display === 'none' || DROPPED_TAGS.has(copy.localName)) {
			removed.push(copy);
			continue;
		}
		const parent = original.parentElement;
		const parentStyle = original === source || !parent ? baseline : view.getComputedStyle(parent);
		for (const name of INHERITED) {
			const value = style.getPropertyValue(name);
			if (value && (!parentStyle || parentStyle.getPropertyValue(name) !== value)) {
				copy.setAttribute(name, attrValue(value, svg, copy));
			}
		}
		const opacity = style.getPropertyValue('opacity');
		if (opacity && opacity !== '1') copy.setAttribute('opacity', opacity);
		const textBaseline = style.getPropertyValue('dominant-baseline');
		if (TEXT_TAGS.has(copy.localName) && textBaseline && textBaseline !== 'auto') {
			copy.setAttribute('dominant-baseline', textBaseline);
		}
		for (const attr of [...copy.attributes]) {
			const external = /href$/i.test(attr.name) && !attr.value.startsWith('#');
			if (external && copy.localName === 'image') removed.push(copy);
			if (DROPPED_ATTR.test(attr.name) || external) copy.removeAttribute(attr.name);
		}
	}
	for (const element of removed) element.remove();
}

/**
 * Turns a live chart or map `<svg>` into standalone markup for composeFigure: the computed
 * presentation styles are written as attributes (so CSS classes, `currentColor` and CSS
 * variables are resolved), hidden elements are dropped, and so are classes, styles, ARIA, data-
 * and event attributes, `<title>`/`<desc>`, scripts and external links. Paint servers such as
 * the map's `url(#no-data)` hatch are KEPT by reference: the `<pattern>` lives in the cloned
 * `<defs>` (or is copied in when defined elsewhere on the page); a reference that cannot be
 * found becomes a plain grey {@link FALLBACK_FILL}. A CSS background becomes a first `<rect>`.
 * @example
 * const body = serializeSvg(document.querySelector('svg.map')!);
 * // { markup: '<g xmlns="http://www.w3.org/2000/svg" fill="rgb(0, 0, 0)" …>…</g>', width: 700, height: 640 }
 */
export function serializeSvg(svg: SVGSVGElement): FigureBody {
	const box = svg.viewBox?.baseVal;
	const rect = svg.getBoundingClientRect();
	const view =
		box && box.width > 0 && box.height > 0
			? { x: box.x, y: box.y, width: box.width, height: box.height }
			: { x: 0, y: 0, width: rect.width, height: rect.height };
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const group = svg.ownerDocument.createElementNS(SVG_NS, 'g');
	// Detached from the page, the clone keeps its structure so each node pairs with its original.
	const style = getComputedStyle(svg);
	inlineStyles(svg, copy, svg, style);
	for (const name of INHERITED) {
		const value = style.getPropertyValue(name);
		if (value) group.setAttribute(name, attrValue(value, svg, copy));
	}
	if (view.x !== 0 || view.y !== 0)
		group.setAttribute('transform', `translate(${-view.x} ${-view.y})`);
	const background = style.backgroundColor;
	if (background && background !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(background)) {
		const fill = group.appendChild(svg.ownerDocument.createElementNS(SVG_NS, 'rect'));
		const area = { x: view.x, y: view.y, width: view.width, height: view.height, fill: background };
		for (const [k, v] of Object.entries(area)) fill.setAttribute(k, String(v));
	}
	while (copy.firstChild) group.appendChild(copy.firstChild);
	const markup = new XMLSerializer().serializeToString(group);
	return { markup, width: view.width, height: view.height };
}
