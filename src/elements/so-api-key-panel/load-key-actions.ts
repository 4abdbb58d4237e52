import { importOnce } from '../../internal/import-once.js';

/**
 * Imports the rotate, revoke and create dialogs and their mutations on demand (see
 * internal/parts/on-demand.ts): the key list renders without them.
 */
export const loadKeyActions = importOnce(() => import('./key-actions.js'));
