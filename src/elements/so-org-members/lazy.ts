/**
 * What `<so-org-members>` loads only when it is needed, so an element that never shows a long
 * list or the invite dialog never downloads them: the virtualizer (beyond
 * `virtualize-threshold`) and the invite dialog (when first opened). Each is imported once; a
 * failed import is forgotten, so the next need imports again (which refetches in browsers that
 * follow whatwg/html#10327; Chromium 150 keeps the failure until the page reloads).
 */
type VirtualizeModule = typeof import('@lit-labs/virtualizer/virtualize.js');

let virtualizer: VirtualizeModule | undefined;
let virtualizerImport: Promise<VirtualizeModule> | undefined;
let inviteDialogImport: Promise<unknown> | undefined;

function once<T>(load: () => Promise<T>, forget: () => void): Promise<T> {
  const loading = load();
  loading.catch(forget);
  return loading;
}

/** Imports the virtualizer; resolves with its module. */
export function loadVirtualizer(): Promise<VirtualizeModule> {
  virtualizerImport ??= once(
    () => import('@lit-labs/virtualizer/virtualize.js').then((module) => (virtualizer = module)),
    () => (virtualizerImport = undefined),
  );
  return virtualizerImport;
}

/** The virtualizer's module once imported, else `undefined`. */
export const loadedVirtualizer = (): VirtualizeModule | undefined => virtualizer;

/** Imports (and so defines) `<so-invite-dialog>`. */
export function loadInviteDialog(): Promise<unknown> {
  inviteDialogImport ??= once(
    () => import('./so-invite-dialog.js'),
    () => (inviteDialogImport = undefined),
  );
  return inviteDialogImport;
}
