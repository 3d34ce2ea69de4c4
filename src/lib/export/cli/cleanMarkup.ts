import type { FigureBody } from '../figureSpec';

const DROPPED_ATTR =
	/\s(?:class|style|tabindex|role|focusable|aria-[\w-]+|data-[\w-]+|on\w+)="[^"]*"/g;

/**
 * The drawing of a server-rendered SVG (svelte/server), cleaned as the browser export cleans
 * the live SVG: no classes, ARIA, data or event attributes, no title/desc, no comments.
 * Static colours are attributes in our components, so nothing else needs inlining.
 * @example svgBody('<svg viewBox="0 0 10 5" class="map"><title>t</title><rect class="a" width="1"/></svg>')
 * // { markup: '<rect width="1"/>', width: 10, height: 5 }
 */
export function svgBody(html: string): FigureBody {
	const svg = /<svg\b([^>]*)>([\s\S]*)<\/svg>/.exec(html);
	if (!svg) throw new Error('No <svg> element in the rendered component');
	const viewBox = /viewBox="([^"]+)"/.exec(svg[1]);
	if (!viewBox) throw new Error('The rendered <svg> has no viewBox');
	const [, , width, height] = viewBox[1].split(/[\s,]+/).map(Number);
	const markup = svg[2]
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(title|desc)\b[^>]*>[\s\S]*?<\/\1>/g, '')
		.replace(DROPPED_ATTR, '')
		.replace(/>\s+</g, '><')
		.trim();
	return { markup, width, height };
}
