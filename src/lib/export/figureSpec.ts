import type { Lang } from '../data/types';

/** The font of every figure, on screen and exported: metric-compatible with Arial. */
export const FIGURE_FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";

/** One legend entry with a colour swatch; `count` is already formatted, e.g. '12 départements'. */
export interface LegendSwatch {
	color: string;
	label: string;
	count?: string;
	/** Drawn as a line sample (a dashed one for a dashed series) instead of a square. */
	line?: { dash?: string; width?: number };
}

/** The legend of an exported figure, drawn in SVG by composeFigure. */
export type LegendSpec =
	| {
			kind: 'classes';
			title: string;
			items: LegendSwatch[];
			/** The "no data" entry, drawn with a grey hatch. */
			noData?: { label: string; count?: string };
			/** A line under the entries, e.g. why there are fewer classes than asked. */
			note?: string;
	  }
	| { kind: 'sizes'; title: string; circles: { radius: number; label: string }[]; color: string }
	| { kind: 'categories'; title: string; items: LegendSwatch[] }
	| { kind: 'none' };

/** Everything around the body of an exported figure: texts already localized in `lang`. */
export interface FigureSpec {
	title: string;
	subtitle?: string;
	legend: LegendSpec;
	/** The reader's own note, printed above the sources. */
	note?: string;
	/** e.g. 'Source : URSSAF … — Licence Ouverte 2.0 — données 2021' */
	source: string;
	/** e.g. 'CIMES Atlas' */
	credit: string;
	/** The export date, already formatted, e.g. '12 mars 2025'. */
	date: string;
	lang: Lang;
}

/** The inner markup of a chart or map SVG and the size of its viewBox. */
export interface FigureBody {
	markup: string;
	width: number;
	height: number;
}

/** A body drawn for a layout, and the legend it calls for when not the spec's. */
export interface DrawnBody {
	body: FigureBody;
	legend?: LegendSpec;
}

/**
 * Draws a figure's body for a size in design px (the chart lays itself out for that size, or
 * keeps its own aspect, as a map does): exports never depend on the size shown on screen.
 */
export type DrawBody = (size: {
	width: number;
	height: number;
	/** The height is only a hint: the figure is scaled to the width, its height follows. */
	heightFree?: boolean;
}) => DrawnBody;
