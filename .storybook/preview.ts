import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { createMemoryAccountClient } from '../src/client/memory-client.js';
import { setDefaultAccountClient } from '../src/context/default-client.js';

setCustomElementsManifest(manifest);

// The embedded default: every story works offline, with a little latency so loading shows.
setDefaultAccountClient(createMemoryAccountClient({ latencyMs: { min: 150, max: 400 } }));

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour scheme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['system', 'light', 'dark'], dynamicTitle: true },
    },
    dir: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'system', dir: 'ltr' },
  decorators: [
    (story, context) => {
      const theme = context.globals['theme'] as string;
      const themeClass = theme === 'light' ? 'so-theme-light' : theme === 'dark' ? 'so-theme-dark' : '';
      return html`<div class="story-frame ${themeClass}" dir=${context.globals['dir'] as string}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
};

export default preview;
