/** Labels on the explorer map: an area's name where it fits, its code elsewhere. */

/** Average advance of a bold system-ui character, as a share of the font size. */
const CHAR_WIDTH = 0.6;
/** Share of the room left to the label: shapes are narrower than their box away from the middle. */
const ROOM_SHARE = 0.8;

/**
 * The width a label centred on the centroid can take without leaving the area's bounding box:
 * twice the distance to its nearer side, trimmed, since shapes are not boxes.
 */
export function labelRoomOf(
	bounds: [[number, number], [number, number]],
	centroid: [number, number]
) {
	const half = Math.min(centroid[0] - bounds[0][0], bounds[1][0] - centroid[0]);
	return Math.max(0, Math.round(2 * half * ROOM_SHARE));
}

/**
 * The label to draw: the name when it fits at this zoom (the font keeps its size on screen, so
 * a zoomed map has room for more names), else the code.
 * @example mapLabel({ code: '33', name: 'Gironde', labelRoom: 80 }, 11, 1) // 'Gironde'
 */
export function mapLabel(
	area: { code: string; name: string; labelRoom: number },
	fontSize: number,
	zoom: number
): string {
	const width = (area.name.length * CHAR_WIDTH * fontSize) / zoom;
	return width <= area.labelRoom ? area.name : area.code;
}
