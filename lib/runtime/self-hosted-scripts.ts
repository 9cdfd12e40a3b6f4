import { browser } from 'wxt/browser';
import { isHostName } from '../settings/entry-rules';

/** Where WXT writes the webmail content script; self-hosted registrations point at the same file. */
export const WEBMAIL_CONTENT_SCRIPT_FILE = 'content-scripts/webmail.js';

/** One dynamic registration covers every self-hosted Roundcube host the user added and granted. */
export const SELF_HOSTED_SCRIPT_ID = 'waakzaam-self-hosted-webmail';

/** The origin patterns a hostname can be granted under; either scheme is enough. */
export function originPatternsForHost(host: string): string[] {
  return [`https://${host}/*`, `http://${host}/*`];
}

/** The patterns among `hosts` the user has granted through the optional host permission. */
export async function grantedPatterns(hosts: readonly string[]): Promise<string[]> {
  // A host the options page would refuse (stored by an older version) must not stop the registration of the others.
  const patterns = hosts.filter(isHostName).flatMap(originPatternsForHost);
  const granted = await Promise.all(patterns.map((origin) => browser.permissions.contains({ origins: [origin] })));
  return patterns.filter((_, index) => granted[index]);
}

/**
 * Makes the registered content script match exactly the granted self-hosted hosts. Runs in every frame
 * because Roundcube shows the open message in `iframe#messagecontframe`.
 */
export async function registerSelfHostedScripts(hosts: readonly string[]): Promise<string[]> {
  const matches = await grantedPatterns(hosts);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SELF_HOSTED_SCRIPT_ID] });
  // This runs at every install, update and browser start: when nothing changed, leave the registration alone, so no
  // page that loads meanwhile finds the script missing.
  const registered = [...(existing[0]?.matches ?? [])].sort().join(' ');
  if (existing.length > 0 && registered === [...matches].sort().join(' ')) return matches;
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SELF_HOSTED_SCRIPT_ID] });
  if (matches.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: SELF_HOSTED_SCRIPT_ID,
        js: [WEBMAIL_CONTENT_SCRIPT_FILE],
        matches,
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return matches;
}
