import type { Clip, Rect, TextBox } from './layoutGeometry';

export interface SelectText {
	where: string;
	text: string;
	textWidth: number;
	/** Width Chromium gives the selected option's text: content box less the arrow's room. */
	room: number;
}

export interface Measured {
	texts: TextBox[];
	selects: SelectText[];
	scrollWidth: number;
	viewportWidth: number;
	/** Elements reaching furthest right, when the page scrolls sideways. */
	widest: { where: string; right: number }[];
}

/**
 * Runs in the page (passed to page.evaluate, so it imports nothing): measures every visible
 * text line by line (Range.getClientRects on text nodes, getBoundingClientRect on SVG text),
 * with the containers that clip it, every <select>'s selected text, and the page's width.
 * Coordinates are page coordinates (scroll added).
 */
export function measureLayout(): Measured {
	// Sections with content-visibility: auto are laid out for real only near the viewport.
	const unskip = document.createElement('style');
	unskip.textContent = '* { content-visibility: visible !important; }';
	document.head.append(unskip);
	try {
		return measureNow();
	} finally {
		unskip.remove();
	}

	function measureNow(): Measured {
		// A native (appearance: auto) select keeps about 4 px before its text and 14 px for its arrow.
		const SELECT_ARROW_ROOM = 18;
		const sx = window.scrollX;
		const sy = window.scrollY;
		const toPage = (r: DOMRect): Rect => ({
			left: r.left + sx,
			top: r.top + sy,
			right: r.right + sx,
			bottom: r.bottom + sy
		});
		const styles = new Map<Element, CSSStyleDeclaration>();
		const styleOf = (el: Element) => {
			let style = styles.get(el);
			if (!style) styles.set(el, (style = getComputedStyle(el)));
			return style;
		};
		const visible = (el: Element) =>
			el.checkVisibility({ opacityProperty: true, visibilityProperty: true });

		const where = (el: Element): string => {
			const parts: string[] = [];
			for (let e: Element | null = el; e && e !== document.body && parts.length < 4;) {
				let part = e.tagName.toLowerCase();
				if (e.id) {
					parts.unshift(`${part}#${e.id}`);
					break;
				}
				const classes = [...e.classList].filter((c) => !c.startsWith('svelte-')).slice(0, 2);
				if (classes.length > 0) part += `.${classes.join('.')}`;
				const label = e.getAttribute('aria-label');
				if (label && parts.length === 0) part += `[aria-label="${label.slice(0, 30)}"]`;
				parts.unshift(part);
				e = e.parentElement;
			}
			return parts.join(' > ');
		};

		const ownClip = (el: Element): Clip | null => {
			if (el === document.documentElement || el === document.body) return null;
			if (!(el instanceof HTMLElement)) return null;
			const style = styleOf(el);
			if (style.display === 'inline' || style.display === 'contents') return null;
			const clipRect = style.clip !== 'auto' && style.clip !== '' && style.position !== 'static';
			const clipsX = style.overflowX !== 'visible' || clipRect;
			const clipsY = style.overflowY !== 'visible' || clipRect;
			if (!clipsX && !clipsY) return null;
			const box = el.getBoundingClientRect();
			const left = box.left + el.clientLeft + sx;
			const top = box.top + el.clientTop + sy;
			const scrolls = (v: string) => v === 'auto' || v === 'scroll';
			return {
				where: where(el),
				rect: clipRect
					? { left, top, right: left, bottom: top }
					: { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight },
				clipsX,
				clipsY,
				scrollsX: scrolls(style.overflowX),
				scrollsY: scrolls(style.overflowY),
				showsScrollX: el.hasAttribute('data-scroll-x')
			};
		};

		const contentClipsMemo = new Map<Element, Clip[]>();
		// Clips applying to what an element contains: its own, then those applying to its box.
		const contentClips = (el: Element): Clip[] => {
			let clips = contentClipsMemo.get(el);
			if (!clips) {
				const own = ownClip(el);
				clips = own ? [own, ...boxClips(el)] : boxClips(el);
				contentClipsMemo.set(el, clips);
			}
			return clips;
		};
		// A fixed box escapes every clip; an absolute one only those below its containing block.
		const boxClips = (el: Element): Clip[] => {
			const position = styleOf(el).position;
			if (position === 'fixed') return [];
			let parent = el.parentElement;
			if (position === 'absolute')
				while (
					parent &&
					parent !== document.body &&
					styleOf(parent).position === 'static' &&
					styleOf(parent).transform === 'none'
				)
					parent = parent.parentElement;
			return parent ? contentClips(parent) : [];
		};

		const ellipsisWithTitle = (el: Element, text: string) => {
			for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
				if (styleOf(e).textOverflow === 'ellipsis')
					return (e.closest('[title]')?.getAttribute('title') ?? '').includes(text);
				if (styleOf(e).display !== 'inline') return false;
			}
			return false;
		};

		const texts: TextBox[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const data = node.nodeValue ?? '';
			const start = data.search(/\S/);
			const parent = node.parentElement;
			if (start < 0 || !parent) continue;
			if (parent.closest('script, style, noscript, template, select, textarea, svg')) continue;
			if (!visible(parent)) continue;
			range.setStart(node, start);
			range.setEnd(node, data.trimEnd().length);
			const text = data.trim().replace(/\s+/g, ' ');
			const clips = contentClips(parent);
			const ellipsis = ellipsisWithTitle(parent, text);
			for (const r of range.getClientRects()) {
				if (r.width < 1 || r.height < 1) continue;
				texts.push({
					text,
					where: where(parent),
					rect: toPage(r),
					clips,
					...(ellipsis ? { ellipsisWithTitle: true } : {})
				});
			}
		}

		const svgs = [...document.querySelectorAll('svg')].filter(
			(svg) => !svg.parentElement?.closest('svg') && visible(svg)
		);
		svgs.forEach((svg, index) => {
			const id = `${where(svg)} (svg ${index + 1})`;
			const box = svg.getBoundingClientRect();
			const viewBox = svg.viewBox.baseVal;
			const ctm = svg.getScreenCTM();
			let rect = toPage(box);
			if (viewBox && viewBox.width > 0 && ctm) {
				const a = new DOMPoint(viewBox.x, viewBox.y).matrixTransform(ctm);
				const b = new DOMPoint(
					viewBox.x + viewBox.width,
					viewBox.y + viewBox.height
				).matrixTransform(ctm);
				rect = {
					left: Math.max(rect.left, Math.min(a.x, b.x) + sx),
					top: Math.max(rect.top, Math.min(a.y, b.y) + sy),
					right: Math.min(rect.right, Math.max(a.x, b.x) + sx),
					bottom: Math.min(rect.bottom, Math.max(a.y, b.y) + sy)
				};
			}
			const canvas: Clip = {
				where: `the viewBox of ${id}`,
				rect,
				clipsX: true,
				clipsY: true,
				scrollsX: false,
				scrollsY: false,
				showsScrollX: false
			};
			const clips = [canvas, ...boxClips(svg)];
			for (const text of svg.querySelectorAll('text')) {
				if (text.closest('defs, clipPath, mask, symbol, marker, pattern')) continue;
				if (!/\S/.test(text.textContent ?? '') || !visible(text)) continue;
				const lines = [...text.querySelectorAll('tspan')].filter((t) =>
					[...t.childNodes].some(
						(n) => n.nodeType === Node.TEXT_NODE && /\S/.test(n.nodeValue ?? '')
					)
				);
				for (const line of lines.length > 0 ? lines : [text]) {
					const r = line.getBoundingClientRect();
					if (r.width < 1 || r.height < 1) continue;
					texts.push({
						text: (line.textContent ?? '').trim().replace(/\s+/g, ' '),
						where: `${where(line)} in ${id}`,
						rect: toPage(r),
						clips,
						svg: id
					});
				}
			}
		});

		const measure = document.createElement('canvas').getContext('2d');
		const selects: SelectText[] = [];
		for (const select of document.querySelectorAll('select')) {
			if (!visible(select) || !measure) continue;
			const style = styleOf(select);
			const text = select.selectedOptions[0]?.label ?? '';
			measure.font = style.font;
			const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
			const arrow = style.appearance === 'none' ? 0 : SELECT_ARROW_ROOM;
			selects.push({
				where: where(select),
				text,
				textWidth: measure.measureText(text).width,
				room: select.clientWidth - padding - arrow
			});
		}

		const viewportWidth = document.documentElement.clientWidth;
		const scrollWidth = document.documentElement.scrollWidth;
		const widest =
			scrollWidth > viewportWidth
				? [...document.body.querySelectorAll('*')]
						.map((el) => ({
							where: where(el),
							right: Math.round(el.getBoundingClientRect().right + sx)
						}))
						.filter((e) => e.right > viewportWidth)
						.sort((a, b) => b.right - a.right)
						.slice(0, 3)
				: [];
		return { texts, selects, scrollWidth, viewportWidth, widest };
	}
}
