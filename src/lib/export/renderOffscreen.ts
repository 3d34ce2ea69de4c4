import { flushSync, mount, unmount, type Component } from 'svelte';
import type { FigureBody } from './figureSpec';
import { serializeSvg } from './serializeSvg';

/** Draws a component with props and returns its SVG as a figure body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RenderComponent = <P extends Record<string, any>>(
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	component: Component<P, any, any>,
	props: P
) => FigureBody;

/**
 * Mounts a chart or map component off screen (attached, so its CSS applies, but out of view,
 * inert and hidden from assistive technology), serializes its first `<svg>` and unmounts it.
 * The chart is laid out from the props given, never from the screen's size.
 * @example const body = renderOffscreen(RankingChart, { data, lang: 'fr', width: 900 });
 */
export const renderOffscreen: RenderComponent = (component, props) => {
	const host = document.createElement('div');
	host.setAttribute('aria-hidden', 'true');
	host.inert = true;
	host.style.cssText = 'position:fixed;left:-100000px;top:0;width:1000px;pointer-events:none';
	document.body.appendChild(host);
	try {
		const instance = mount(component, { target: host, props });
		try {
			flushSync();
			const svg = host.querySelector('svg');
			if (!svg) throw new Error('The component drew no <svg>');
			return serializeSvg(svg);
		} finally {
			unmount(instance);
		}
	} finally {
		host.remove();
	}
};
