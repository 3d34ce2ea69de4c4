import type { Lang } from '../data/types';
import type { AtlasModel } from '../data/model';
import { profileMessages } from '../i18n/profileMessages';
import { formatNumber } from '../scales/format';
import { valueText } from '../charts/chartText';
import type { KeyFigure } from './keyFigures';

/** What a key tile writes, in the reader's language. */
export interface KeyTile {
	id: string;
	label: string;
	note: string;
	valueText: string;
	year: number | null;
	sourceId: string | null;
	rows: { term: string; text: string }[];
}

const ordinal = (n: number, lang: Lang) => {
	if (lang === 'fr') return n === 1 ? '1ᵉʳ' : `${n}ᵉ`;
	const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
};

const signed = (value: number, lang: Lang, decimals: number) =>
	`${value > 0 ? '+' : value < 0 ? '−' : ''}${formatNumber(Math.abs(value), lang, decimals)}`;

/**
 * The texts of a key tile: its figure and year, rate per 10,000 inhabitants, ranks, gaps to the
 * région and to France (or "no data", "no comparable data"), and the specialisation index.
 * @example keyTile(model, figure, 'fr', 'departement').rows[0] // { term: 'Taux', text: '32,5 pour 10 000 habitants (population 2023)' }
 */
export function keyTile(
	model: AtlasModel,
	figure: KeyFigure,
	lang: Lang,
	level: 'departement' | 'region'
): KeyTile {
	const t = profileMessages[lang];
	const o = figure.observation;
	const unit =
		model.indicatorById.get(o?.indicator.split('+')[0] ?? figure.id)?.unit[lang] ??
		model.indicatorById.get('establishments_total')?.unit[lang] ??
		'';
	const gap = (g: KeyFigure['gapRegion']) => {
		if (!o) return t.noData;
		if (!g) return t.notComparable;
		return g.unit === 'points'
			? t.gapPoints(signed(g.value, lang, 1))
			: `${signed(g.value, lang, 0)}${lang === 'fr' ? '\u202f' : ''}%`;
	};
	const rank = (r: KeyFigure['rank']) => (r ? t.rankOf(ordinal(r.rank, lang), r.total) : t.noData);
	const rows: KeyTile['rows'] = [
		{
			term: t.rate,
			text:
				figure.kind === 'share'
					? t.notApplicable
					: figure.rate
						? t.perInhabitants(formatNumber(figure.rate.value, lang, 1), figure.rate.populationYear)
						: t.noData
		}
	];
	if (level === 'departement') {
		rows.push({ term: t.rankRegion, text: rank(figure.rankInRegion) });
	}
	rows.push({ term: t.rankPeers[level], text: rank(figure.rank) });
	if (level === 'departement') rows.push({ term: t.gapRegion, text: gap(figure.gapRegion) });
	rows.push({ term: t.gapFrance, text: gap(figure.gapFrance) });
	if (figure.specialisation) {
		rows.push({
			term: t.specialisation,
			text: figure.specialisation.ok
				? formatNumber(figure.specialisation.value, lang, 2)
				: t.refusals[figure.specialisation.reason]
		});
	}
	const decimals = figure.kind === 'share' ? 1 : 0;
	return {
		id: figure.id,
		label: t.keyLabels[figure.id] ?? figure.id,
		note: t.keyNotes[figure.id] ?? '',
		valueText: o ? valueText(o.value, unit, lang, decimals) : t.noData,
		year: figure.year,
		sourceId: o?.source ?? null,
		rows
	};
}
