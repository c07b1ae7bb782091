import { createDb } from './schema';

/** The extension's one database, shared by every page of the extension and the background. */
export const db = createDb();
