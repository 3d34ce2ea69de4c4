import type { HandleClientError } from '@sveltejs/kit';

/**
 * Logs unexpected errors as SvelteKit does, except an address that no route matches: the error
 * page answers it (a "not found" page), it is not a fault of the app.
 */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
