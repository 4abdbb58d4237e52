import { abortable } from '../client/async.js';
import { PERMISSIONS, type AccountClient, type Permission, type Viewer } from '../client/types.js';
import { devWarn } from './dev-mode.js';

// One viewer request per client, however many elements ask: a settings page shows many elements.
const viewers = new WeakMap<AccountClient, Promise<Viewer>>();

/**
 * The signed-in viewer for `client`, fetched once and shared. A failed fetch is forgotten, so the
 * next caller tries again. `signal` aborts this caller's wait, not the shared request.
 */
export function loadViewer(client: AccountClient, signal?: AbortSignal): Promise<Viewer> {
  let viewer = viewers.get(client);
  if (!viewer) {
    viewer = client.getViewer();
    viewers.set(client, viewer);
    viewer.catch(() => viewers.delete(client));
  }
  return abortable(viewer, signal);
}

/** Forgets the cached viewer, e.g. after the viewer's permissions changed. */
export function forgetViewer(client: AccountClient): void {
  viewers.delete(client);
}

/** Whether the viewer holds `permission`; a permission this library does not know warns in development. */
export function hasPermission(viewer: Viewer | undefined, permission: Permission): boolean {
  if (!PERMISSIONS.includes(permission)) devWarn(`Unknown permission "${permission}".`);
  return !!viewer?.permissions.includes(permission);
}
