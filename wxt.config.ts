import { defineConfig } from 'wxt';
import { WEBMAIL_MATCHES } from './lib/runtime/webmail-matches';
import { englishTaggerPlugin } from './scripts/english-tagger-plugin';
import { ruleExamplesPlugin } from './scripts/rule-examples-plugin';

/** Firefox's extended-support release, which organisations roll out; it has everything the MV3 build uses. */
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Chromium's service worker loads the English tagger only when a sentence needs it (Firefox has a background page);
  // the rules' examples, which the tests and the options page read, stay out of the background script.
  vite: ({ browser }) => ({ plugins: browser === 'firefox' ? [ruleExamplesPlugin()] : [englishTaggerPlugin(), ruleExamplesPlugin()] }),
  // MV3 for Firefox too: WXT's MV2 conversion drops `optional_host_permissions`, which self-hosted Roundcube needs.
  manifestVersion: 3,
  // The sources zip for Mozilla's review: the code, not what test runs and the demo leave behind.
  zip: { excludeSources: ['test-results/**', 'playwright-report/**', '*.log', 'out.png', 'waakzaam-demo.png'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Named for the toolbar too: without it some browsers show a generic puzzle piece there.
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    permissions: ['storage', 'scripting'],
    host_permissions: WEBMAIL_MATCHES,
    // Self-hosted Roundcube can live on any host; each one is asked for when the user adds it.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Chrome: the organisation policy an administrator can set (README, "Organisation policy").
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'waakzaam@waakzaam.nl',
          strict_min_version: FIREFOX_MIN_VERSION,
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads `data_collection_permissions` from 142 on.
        gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
      },
    }),
  }),
});
