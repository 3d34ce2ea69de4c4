import { unpackAtlas } from '$lib/data/packedAtlas';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ data }) => ({
	model: unpackAtlas(data.atlas),
	firstShapes: data.firstShapes
});
