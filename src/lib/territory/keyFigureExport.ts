import { sourcesText } from '../data/citations';
import type { AtlasModel } from '../data/model';
import type { Lang } from '../data/types';
import { chartFigureSpec, today } from '../charts/exportSpecs';
import type { FigureSpec } from '../export/figureSpec';
import type { ExportRow } from '../export/toCsv';
import { keyFiguresMessages } from '../i18n/keyFiguresMessages';
import type { ClaimCheck } from './claimChecks';
import { claimExplanation } from './keyFigureTexts';
import type { KeyFigureCard } from './keyFigures';

/** Title, unit, sources with licences and years of an exported card. */
export function cardFigureSpec(
	model: AtlasModel,
	card: KeyFigureCard,
	lang: Lang,
	date = today(lang)
): FigureSpec {
	return chartFigureSpec({
		model,
		title: card.indicator.label[lang],
		subtitle: `${card.indicator.unit[lang]} — ${keyFiguresMessages[lang].pageTitle}`,
		legend: { kind: 'none' },
		observations: card.observations,
		lang,
		date
	});
}

/** A card's data, one row per area; an area without a figure is an empty value. */
export function cardRows(model: AtlasModel, card: KeyFigureCard, lang: Lang): ExportRow[] {
	return card.areas.map((figure) => ({
		code: figure.area.code,
		name: figure.name,
		indicator: card.indicator.label[lang],
		year: figure.latest?.year ?? null,
		value: figure.latest?.value ?? null,
		unit: card.indicator.unit[lang],
		source: figure.latest ? sourcesText(model, [figure.latest], lang, true) : ''
	}));
}

/** Title and sources of the exported claims table. */
export function claimsFigureSpec(
	model: AtlasModel,
	checks: readonly ClaimCheck[],
	lang: Lang,
	date = today(lang)
): FigureSpec {
	const t = keyFiguresMessages[lang];
	return chartFigureSpec({
		model,
		title: t.claimsTableTitle,
		subtitle: t.claimsRule,
		legend: { kind: 'none' },
		observations: checks.flatMap((c) => c.figures.flatMap((f) => f.inputs)),
		lang,
		date
	});
}

/**
 * The claims table's data: one row per official figure set beside a claim (one empty row for a
 * claim without any), the verdict and its explanation in the name column.
 */
export function claimsRows(
	model: AtlasModel,
	checks: readonly ClaimCheck[],
	lang: Lang
): ExportRow[] {
	const t = keyFiguresMessages[lang];
	return checks.flatMap((check): ExportRow[] => {
		const name = `« ${check.claim.quote} » — ${t.verdicts[check.verdict]} : ${claimExplanation(check, lang)}`;
		const base = { code: check.claim.id, name };
		if (check.figures.length === 0)
			return [{ ...base, indicator: '', year: null, value: null, unit: '', source: '' }];
		return check.figures.map((f) => ({
			...base,
			indicator:
				f.measure === 'shareFrance'
					? t.shareOfFrance(f.indicator.label[lang])
					: f.indicator.label[lang],
			year: f.year,
			value: f.value,
			unit: f.measure === 'shareFrance' ? '%' : f.indicator.unit[lang],
			source: sourcesText(model, f.inputs, lang, true)
		}));
	});
}
