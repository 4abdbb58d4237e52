import type { AccountClient } from '../../src/client/types.js';

/** `client` as a backend that does not state the viewer's `lastOwner`: the danger zone reads the members to tell. */
export function withoutLastOwner(client: AccountClient): AccountClient {
  return {
    ...client,
    getViewer: async (options) => {
      const { lastOwner: _omitted, ...viewer } = await client.getViewer(options);
      return viewer;
    },
  };
}
