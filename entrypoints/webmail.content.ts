import { startWebmailContentScript } from '../lib/runtime/content';
import { WEBMAIL_MATCHES } from '../lib/runtime/webmail-matches';

export default defineContentScript({
  matches: WEBMAIL_MATCHES,
  runAt: 'document_idle',
  // The banner brings its styles into its own shadow root; nothing is injected into the webmail's page.
  cssInjectionMode: 'manual',
  main(ctx) {
    void startWebmailContentScript(ctx);
  },
});
