// The package first, so the elements are defined when Svelte mounts and it sets props as properties.
import '@sentientone/settings-elements';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.querySelector('#app') });
