import type { Lang } from '../data/types';
import { compareMessages } from '../i18n/compareMessages';
import type { ParamNotice } from '../state/compareParams';
import type { CompareAdjustment } from '../state/resolveCompare';

/**
 * Every notice of /compare: search params not understood, and adjustments made to fit the data.
 * @example compareNotices([{ param: 'sel', value: 'x' }], [], 'fr') // ['Paramètre « sel=x » non reconnu : valeur par défaut utilisée.']
 */
export function compareNotices(
	params: readonly ParamNotice[],
	adjustments: readonly CompareAdjustment[],
	lang: Lang
): string[] {
	const t = compareMessages[lang];
	const texts = params.map((p) => t.paramNotice(p.param, p.value));
	for (const a of adjustments) {
		switch (a.kind) {
			case 'unknown-indicator':
				texts.push(t.unknownIndicator(a.value));
				break;
			case 'measure-unavailable':
				texts.push(t.measureUnavailable(t.measureNames[a.value]));
				break;
			case 'year-unavailable':
				texts.push(t.yearUnavailable(a.value));
				break;
			case 'level-switched':
				texts.push(t.levelSwitched);
				break;
			case 'unknown-area':
				texts.push(t.unknownArea(a.value));
				break;
			case 'no-series':
				texts.push(t.noSeries(a.value));
				break;
			case 'maps-unavailable':
				texts.push(t.mapsUnavailable(t.mapsModes[a.value]));
				break;
			case 'scatter-regions':
				texts.push(t.scatterRegions);
				break;
		}
	}
	return texts;
}
