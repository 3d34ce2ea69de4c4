import { geoConicConformal, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';

/**
 * A conic conformal projection with Lambert-93's parallels (44° N, 49° N) and central
 * meridian (3° E), fitted to the given features within a padded box.
 * @example fitFrance(features, 800, 600, 16)([4.835, 45.758]) // Lyon in pixels
 */
export function fitFrance(
	features: Feature[],
	width: number,
	height: number,
	padding: number
): GeoProjection {
	const collection: FeatureCollection = { type: 'FeatureCollection', features };
	return geoConicConformal()
		.parallels([44, 49])
		.rotate([-3, 0])
		.fitExtent(
			[
				[padding, padding],
				[width - padding, height - padding]
			],
			collection
		);
}
