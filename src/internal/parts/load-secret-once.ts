import { importOnce } from '../import-once.js';
import type { PartImport } from './on-demand.js';

/** Imports `<so-secret-once>` on demand (see on-demand.ts). */
export const secretOnce: PartImport = importOnce(() => import('./so-secret-once/so-secret-once.js'));
