import { describe, expect, it } from 'vitest';
import { SettingsState } from '../../../src/lib/explorer/settingsState.svelte';

describe('SettingsState', () => {
	it('on a wide screen, shows the panel until an area is selected, then makes room', () => {
		let selected = false;
		const settings = new SettingsState(
			() => true,
			() => selected
		);
		expect(settings.shown).toBe(true);
		selected = true;
		expect(settings.shown).toBe(false);
	});

	it('on a wide screen, the reader’s choice wins over the selection', () => {
		const settings = new SettingsState(
			() => true,
			() => true
		);
		settings.toggle();
		expect(settings.shown).toBe(true);
		settings.close();
		expect(settings.shown).toBe(false);
		expect(settings.sheetOpen).toBe(false);
	});

	it('on a phone, the sheet is closed until asked for, and closes again', () => {
		const settings = new SettingsState(
			() => false,
			() => false
		);
		expect(settings.shown).toBe(false);
		settings.toggle();
		expect(settings.shown).toBe(true);
		settings.close();
		expect(settings.shown).toBe(false);
		// The wide panel's own state is untouched by the phone's sheet.
		expect(settings.collapsed).toBe(false);
	});
});
