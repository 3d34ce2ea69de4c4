/**
 * The menu item a key moves focus to (ARIA menu pattern): ArrowDown/ArrowUp wrap around,
 * Home/End go to the ends; null for any other key.
 * @example menuTarget('ArrowDown', 4, 5) // 0
 */
export function menuTarget(key: string, index: number, count: number): number | null {
	if (count === 0) return null;
	switch (key) {
		case 'ArrowDown':
			return index < 0 ? 0 : (index + 1) % count;
		case 'ArrowUp':
			return index <= 0 ? count - 1 : index - 1;
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}

/**
 * Moves focus among the `[role="menuitem"]` elements of a menu for a key; true when it did.
 * @example if (focusMenuItem(menu, event.key)) event.preventDefault();
 */
export function focusMenuItem(menu: HTMLElement | undefined, key: string): boolean {
	const items = [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
	const current = items.indexOf(document.activeElement as HTMLElement);
	const next = menuTarget(key, current, items.length);
	if (next === null) return false;
	items[next].focus();
	return true;
}
