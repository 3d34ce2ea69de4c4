/**
 * Whether the explorer's settings show: beside the map on a wide screen (shown until the reader
 * hides them, or until an area is selected and its details need the room), and as a bottom
 * sheet a phone opens on demand.
 */
export class SettingsState {
	#wide: () => boolean;
	#selected: () => boolean;
	#choice = $state<'shown' | 'hidden' | null>(null);
	sheetOpen = $state(false);

	constructor(wide: () => boolean, selected: () => boolean) {
		this.#wide = wide;
		this.#selected = selected;
	}

	get collapsed() {
		return this.#choice ? this.#choice === 'hidden' : this.#selected();
	}

	/** What the "Réglages" button says with aria-expanded. */
	get shown() {
		return this.#wide() ? !this.collapsed : this.sheetOpen;
	}

	toggle() {
		if (this.#wide()) this.#choice = this.collapsed ? 'shown' : 'hidden';
		else this.sheetOpen = !this.sheetOpen;
	}

	close() {
		if (this.#wide()) this.#choice = 'hidden';
		else this.sheetOpen = false;
	}
}
