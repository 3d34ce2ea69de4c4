import { areaProfile } from '../data/areaProfile';
import { getObservation, yearsOf } from '../data/model';
import type { Indicator } from '../data/types';
import { compareMessages } from '../i18n/compareMessages';
import { messages } from '../i18n/messages';
import type { MapLevel } from '../state/explorerParams';
import {
	areaRef,
	focusDepartements,
	regionCodes,
	type AreaRef,
	type CompareContext
} from './areas';
import { decimalsOf, inSentence, sourcesText, valueText } from './chartText';

export interface ProfileRank {
	/** 'region' (within its région), 'focus' (among the 24), 'regions' (among the 13). */
	scope: 'region' | 'focus' | 'regions';
	rank: number;
	total: number;
	text: string;
}

export interface ProfileRow {
	indicator: Indicator;
	value: number | null;
	year: number | null;
	valueText: string;
	source: string;
	/** The source of the figure shown, for a footnote; null without a figure. */
	sourceId: string | null;
	ranks: ProfileRank[];
	/** Shares (%) of the région's and France's figure for the same year; counts only. */
	shareRegion: number | null;
	shareFrance: number | null;
	shareText: string;
	/** Years with a value: a trend is drawn from two. */
	seriesYears: number[];
}

export interface ProfileData {
	area: AreaRef;
	regionName: string | null;
	groups: { group: string; label: string; rows: ProfileRow[] }[];
	summary: string;
}

const HEADLINES = ['population', 'establishments_industry', 'jobs_industry'];

/**
 * The rank of a value among others (1 = highest) and how many have a value.
 * @example rankAmong(5, [3, 5, 9, null]) // { rank: 2, total: 3 }
 */
export function rankAmong(
	value: number,
	values: readonly (number | null)[]
): { rank: number; total: number } {
	const present = values.filter((v): v is number => v !== null);
	return { rank: 1 + present.filter((v) => v > value).length, total: present.length };
}

/**
 * Everything a profile page shows for one département or région: every indicator at its level
 * with the latest figure, its year and source, its ranks (within its région, among the 24
 * départements, among the 13 régions), its shares of the région and of France (counts only,
 * where those figures exist for the same year), the years of its series, and one sentence.
 * @example profileData(ctx, 'departement', '74').summary
 * // 'Haute-Savoie (74, Auvergne-Rhône-Alpes) — population municipale : 861 158 habitants en 2023 (…) ; …'
 */
export function profileData(ctx: CompareContext, level: MapLevel, code: string): ProfileData {
	const t = compareMessages[ctx.lang];
	const { model, lang } = ctx;
	const area = areaRef(ctx, level, code);
	const region = level === 'departement' ? area.region : null;
	const regionName = region ? areaRef(ctx, 'region', region).name : null;
	const peers = level === 'departement' ? focusDepartements(ctx) : regionCodes(ctx);
	const valueOf = (id: string, l: typeof level | 'pays', c: string, y: number) =>
		getObservation(model, id, l, c, y)?.value ?? null;
	const rows = areaProfile(model, level, code).map(({ indicator, latest }): ProfileRow => {
		const seriesYears = yearsOf(model, indicator.id, level).filter(
			(y) => valueOf(indicator.id, level, code, y) !== null
		);
		const value = latest?.value ?? null;
		const year = latest?.year ?? null;
		const empty = {
			indicator,
			value,
			year,
			source: '',
			sourceId: latest?.source ?? null,
			ranks: [],
			shareRegion: null,
			shareFrance: null,
			shareText: '',
			seriesYears
		};
		if (value === null || year === null || !latest) return { ...empty, valueText: t.noData };
		const peerValues = peers.map((c) => valueOf(indicator.id, level, c, year));
		const decimals = decimalsOf(peerValues);
		const rank = (scope: ProfileRank['scope'], values: (number | null)[]): ProfileRank => {
			const r = rankAmong(value, values);
			return { scope, ...r, text: t.rankText(r.rank, r.total, t.rankScopes[scope]) };
		};
		const ranks: ProfileRank[] = [];
		if (region) {
			const inRegion = peers.filter((c) => ctx.geo.regionOf.get(c) === region);
			ranks.push(
				rank(
					'region',
					inRegion.map((c) => valueOf(indicator.id, level, c, year))
				)
			);
		}
		ranks.push(rank(level === 'departement' ? 'focus' : 'regions', peerValues));
		const share = (whole: number | null) =>
			indicator.kind === 'count' && whole ? (value / whole) * 100 : null;
		const shareRegion = region ? share(valueOf(indicator.id, 'region', region, year)) : null;
		const shareFrance = share(valueOf(indicator.id, 'pays', 'FR', year));
		const shares = [
			shareRegion === null ? '' : t.shareOf(valueText(shareRegion, '%', lang, 1), t.ofRegion),
			shareFrance === null
				? ''
				: t.shareOf(valueText(shareFrance, '%', lang, shareFrance < 1 ? 2 : 1), t.ofFrance)
		].filter(Boolean);
		return {
			...empty,
			valueText: valueText(value, indicator.unit[lang], lang, decimals),
			source: sourcesText(model, [latest], lang),
			ranks,
			shareRegion,
			shareFrance,
			shareText: shares.join(messages[lang].semicolon)
		};
	});
	const clauses = HEADLINES.map((id) => rows.find((r) => r.indicator.id === id))
		.filter((r): r is ProfileRow => r !== undefined && r.value !== null && r.year !== null)
		.map((r) => {
			const extra = [r.shareText, r.ranks.at(-1)?.text ?? '']
				.filter(Boolean)
				.join(messages[lang].semicolon);
			return t.summaryClause(
				inSentence(r.indicator.label[lang]),
				r.valueText,
				r.year as number,
				extra
			);
		});
	const where = regionName ? `${area.name} (${code}, ${regionName})` : `${area.name} (${code})`;
	const groups = [...new Set(rows.map((r) => r.indicator.group))].map((group) => ({
		group,
		label: messages[lang].groups[group] ?? group,
		rows: rows.filter((r) => r.indicator.group === group)
	}));
	return {
		area,
		regionName,
		groups,
		summary: clauses.length ? t.profileSummary(where, clauses) : t.profileNoSummary(where)
	};
}
