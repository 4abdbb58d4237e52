import { importOnce } from '../import-once.js';
import type { PartImport } from './on-demand.js';

/** Imports `<so-confirm-dialog>` on demand (see on-demand.ts). */
export const confirmDialog: PartImport = importOnce(() => import('./so-confirm-dialog/so-confirm-dialog.js'));
