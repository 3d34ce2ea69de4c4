import { areaRef, focusDepartements, regionCodes, type CompareContext } from '../charts/areas';
import { profileData } from '../charts/profileData';
import type { MapLevel } from '../state/explorerParams';
import { keyFigures } from './keyFigures';
import { keyTile } from './keyTileTexts';
import { footnoteNumbers, isOldFigure, newestYear, specialisationRows } from './profileExtras';

/**
 * Everything a profile page shows, from the model: the indicators (profileData), the four key
 * tiles, the specialisation rows, the sources numbered once for the page, and which figures
 * are old.
 * @example profileView(ctx, 'departement', '74').tiles.map((t) => t.id) // ['jobs_industry', …]
 */
export function profileView(ctx: CompareContext, level: MapLevel, code: string) {
	const profile = profileData(ctx, level, code);
	const region = level === 'departement' ? profile.area.region : null;
	const departements = focusDepartements(ctx);
	const peers = level === 'departement' ? departements : regionCodes(ctx);
	const regionPeers = departements.filter((c) => ctx.geo.regionOf.get(c) === region);
	const figures = keyFigures(ctx.model, { level, code }, region, peers, regionPeers);
	const tiles = figures.map((f) => keyTile(ctx.model, f, ctx.lang, level));
	const specialisation = specialisationRows(ctx.model, level, code);
	const rows = profile.groups.flatMap((g) => g.rows);
	const footnotes = footnoteNumbers([
		...tiles.map((t) => t.sourceId),
		'insee-populations-legales',
		...specialisation.map((s) => (s.result.ok ? s.result.source : null)),
		...rows.map((r) => r.sourceId)
	]);
	const newest = newestYear(ctx.model);
	return {
		profile,
		tiles,
		specialisation,
		footnotes,
		isOld: (year: number | null) => isOldFigure(year, newest),
		departementRefs: departements.map((c) => areaRef(ctx, 'departement', c)),
		regionRefs: regionCodes(ctx).map((c) => areaRef(ctx, 'region', c))
	};
}
