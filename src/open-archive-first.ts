import { openArchiveEarly } from './db/open-early';

// A module of its own, imported first by main.tsx: modules are evaluated in import order, so the
// browser starts opening the archive before Dexie and the rest of the page's first part are run.
/** The archive's version as the browser stores it (0: none yet), once the early open is answered. */
export const archiveOpenedEarly = openArchiveEarly();
