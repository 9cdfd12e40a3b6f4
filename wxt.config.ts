import { defineConfig } from 'wxt';
import { WEBMAIL_MATCHES } from './lib/runtime/webmail-matches';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting'],
    host_permissions: WEBMAIL_MATCHES,
    // Self-hosted Roundcube can live on any host; each one is asked for when the user adds it.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
  },
});
