import { importOnce } from '../../internal/import-once.js';

/**
 * What `<so-org-members>` loads only when it is needed, so an element that never shows a long
 * list or the invite dialog never downloads them: the virtualizer (beyond
 * `virtualize-threshold`) and the invite dialog (when first opened), each through `importOnce`.
 */
type VirtualizeModule = typeof import('@lit-labs/virtualizer/virtualize.js');

let virtualizer: VirtualizeModule | undefined;

/** Imports the virtualizer; resolves with its module. */
export const loadVirtualizer = importOnce(() => import('@lit-labs/virtualizer/virtualize.js').then((module) => (virtualizer = module)));

/** The virtualizer's module once imported, else `undefined`. */
export const loadedVirtualizer = (): VirtualizeModule | undefined => virtualizer;

/** Imports (and so defines) `<so-invite-dialog>`. */
export const loadInviteDialog = importOnce(() => import('./so-invite-dialog.js'));
