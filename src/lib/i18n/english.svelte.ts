import type { Messages } from './messages';

/**
 * The English dictionary: bundled with the server's code (prerendering, the CLI, unit tests),
 * fetched by the browser when a page first asks for English, so a French first load does not
 * carry it. Until it is there, the language gates (`englishReady`) keep the page in French.
 */
let english = $state.raw<Messages | null>(
	import.meta.env.SSR ? (await import('./messagesEn')).en : null
);
let loading: Promise<void> | null = null;

export function englishMessages(): Messages {
	if (!english) throw new Error('The English messages are not loaded: ask englishReady() first.');
	return english;
}

/** Whether English can be shown now; if not, starts loading it (a reactive read). */
export function englishReady(): boolean {
	if (english) return true;
	loading ??= import('./messagesEn').then(
		(module) => void (english = module.en),
		() => void (loading = null)
	);
	return false;
}
