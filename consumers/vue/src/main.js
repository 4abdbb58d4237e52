import { createApp } from 'vue';
import '@sentientone/settings-elements';
import App from './App.vue';

createApp(App).mount('#app');
