import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Waakzaam',
    description: 'Warns you in webmail when a message looks like an approach by a foreign intelligence service.',
    permissions: ['storage'],
  },
});
