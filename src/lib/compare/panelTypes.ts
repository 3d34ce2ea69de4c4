import type { CompareContext } from '../charts/areas';
import type { Interaction } from '../charts/marks';
import type { ProfileHref } from '../charts/tables';
import type { CompareParams } from '../state/compareParams';
import type { ResolvedCompare } from '../state/resolveCompare';

/** What every chart panel of /compare receives from the page. */
export interface PanelProps {
	ctx: CompareContext;
	view: ResolvedCompare;
	/** Linked hover and selection, shared by all charts and maps. */
	ix: Interaction;
	href: ProfileHref;
	onchange: (patch: Partial<CompareParams>) => void;
}
