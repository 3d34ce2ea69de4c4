import { computeMeasure, type MeasuredArea } from '../data/computeMeasure';
import type { AtlasModel } from '../data/model';
import type { MapMeasure } from '../data/mapMeasures';
import type { Lang } from '../data/types';
import { messages } from '../i18n/messages';
import { quantileBreaks } from '../scales/breaks';
import { classColorScale } from '../scales/colorScale';
import { decimalsFor, formatNumber } from '../scales/format';
import { legendClasses, type LegendClass } from '../scales/legendClasses';
import type { MapShapes } from './mapShapes';

export const CLASS_COUNT = 5;

export interface AreaView {
	code: string;
	name: string;
	regionName: string;
	value: number | null;
	/** The value with its unit, or "no data". */
	valueText: string;
	yearsText: string;
	sourceText: string;
	classIndex: number | null;
	area: MeasuredArea;
}

export interface MapView {
	title: string;
	unit: string;
	fills: Map<string, string>;
	classes: LegendClass[];
	noDataCount: number;
	decimals: number;
	areas: AreaView[];
	sources: string[];
}

/**
 * Everything the map, its legend, tooltip and table show for one measure, in one language:
 * values, quantile classes, fills, and texts with units, years and sources.
 */
export function buildMapView(
	model: AtlasModel,
	shapes: MapShapes,
	measure: MapMeasure,
	lang: Lang
): MapView {
	const t = messages[lang];
	const measured = computeMeasure(
		model,
		measure,
		'departement',
		shapes.areas.map((a) => a.code)
	);
	const values = measured.areas.map((a) => a.value);
	const scale = classColorScale(quantileBreaks(values, CLASS_COUNT));
	const present = values.filter((v): v is number => v !== null);
	const decimals = decimalsFor(present);
	const unit = measure.unit[lang];
	const year = measured.year === undefined ? '' : String(measured.year);
	const yearsText =
		measure.denominator && measured.denominatorYear !== measured.year
			? `${year} (${t.yearsCombined(year, String(measured.denominatorYear))})`
			: year;
	const sourceName = (id: string) => {
		const source = model.sourceById.get(id);
		return source ? `${source.publisher}, ${source.title}` : id;
	};
	const colors = scale.range();
	const areas = shapes.areas.map((shape, i): AreaView => {
		const area = measured.areas[i];
		const sourceIds = [area.numerator?.source, area.denominator?.source].filter(
			Boolean
		) as string[];
		return {
			code: shape.code,
			name: shape.name,
			regionName: shapes.regionNames.get(shape.region) ?? shape.region,
			value: area.value,
			valueText:
				area.value === null ? t.noData : `${formatNumber(area.value, lang, decimals)} ${unit}`,
			yearsText,
			sourceText: [...new Set(sourceIds)].map(sourceName).join(t.semicolon),
			classIndex: area.value === null ? null : colors.indexOf(scale(area.value)),
			area
		};
	});
	const fills = new Map(
		areas.filter((a) => a.value !== null).map((a) => [a.code, scale(a.value as number)])
	);
	return {
		title: t.mapTitle(measure.label[lang], yearsText),
		unit,
		fills,
		classes: legendClasses(scale, values),
		noDataCount: values.length - present.length,
		decimals,
		areas,
		sources: measured.sources.map(sourceName)
	};
}
