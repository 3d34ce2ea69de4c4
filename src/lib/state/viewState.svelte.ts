import { DEFAULT_MEASURE, measureById } from '$lib/data/mapMeasures';
import type { Lang } from '$lib/data/types';
import { readViewParams, writeViewParams } from './viewParams';

/** The view's durable state, mirrored in the URL's search params (?lang=en&measure=…). */
export class ViewState {
	lang = $state<Lang>('fr');
	measureId = $state(DEFAULT_MEASURE.id);
	measure = $derived(measureById(this.measureId) ?? DEFAULT_MEASURE);

	readFrom(params: URLSearchParams) {
		const view = readViewParams(params);
		this.lang = view.lang;
		this.measureId = view.measureId;
	}

	get query(): string {
		return writeViewParams({ lang: this.lang, measureId: this.measureId });
	}
}
