import { ignoreInvalidationFromPage } from '../lib/runtime/keep-context';
import { startWebmailContentScript } from '../lib/runtime/content';
import { WEBMAIL_MATCHES } from '../lib/runtime/webmail-matches';

export default defineContentScript({
  matches: WEBMAIL_MATCHES,
  runAt: 'document_idle',
  // The banner brings its styles into its own shadow root; nothing is injected into the webmail's page.
  cssInjectionMode: 'manual',
  // The page sees no message that names this script, so it has nothing to send back as if it were WXT's own.
  noScriptStartedPostMessage: true,
  main(ctx) {
    ignoreInvalidationFromPage(ctx);
    void startWebmailContentScript(ctx);
  },
});
