/** The IndexedDB database of the user's imports; `/` checks its name before loading any importer code. */
export const USER_DB = 'cimes-atlas-user-data';
