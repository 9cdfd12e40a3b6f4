import { startWebmailContentScript } from '../lib/runtime/content';
import { WEBMAIL_MATCHES } from '../lib/runtime/webmail-matches';

export default defineContentScript({
  matches: WEBMAIL_MATCHES,
  runAt: 'document_idle',
  // The banner's styles go into its shadow root, never into the webmail's page.
  cssInjectionMode: 'ui',
  main(ctx) {
    void startWebmailContentScript(ctx);
  },
});
