// English of workspaceMessages.ts: loaded with the English dictionary (see english.svelte.ts).
import type { WorkspaceMessages } from './workspaceMessages';

export const workspaceEn: WorkspaceMessages = {
	settings: 'Settings',
	showSettings: 'Show settings',
	hideSettings: 'Hide settings',
	closeSettings: 'Close settings',
	allIndicatorsButton: 'All indicators',
	scrollHint: 'Scroll the table sideways to see every column.',
	regionShort: { '84': 'AURA', '75': 'NA' },
	zoomToShort: (region, short) => `${short}: zoom to ${region}`
};
