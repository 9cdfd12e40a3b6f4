import { fastmailAdapter } from './fastmail';
import { genericAdapter, withHeuristicReader } from './generic';

import { gmailAdapter } from './gmail';
import { outlookAdapter } from './outlook';
import { protonAdapter } from './proton';
import { roundcubeAdapter } from './roundcube';
import type { WebmailAdapter } from './types';
import { yahooAdapter } from './yahoo';

/** Every adapter, the one place a new webmail is added. Roundcube and generic have no hosts of their own. */
export const ADAPTERS: readonly WebmailAdapter[] = [
  gmailAdapter,
  outlookAdapter,
  yahooAdapter,
  protonAdapter,
  fastmailAdapter,
  roundcubeAdapter,
  genericAdapter,
];

function normaliseHost(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

/**
 * The adapter for a page's hostname: the webmail's own adapter for its known hosts (with the heuristic reader
 * behind it for when it finds nothing), Roundcube for self-hosted hosts the user added, and the generic fallback
 * otherwise.
 */
export function adapterForHost(hostname: string, userHosts: readonly string[] = []): WebmailAdapter {
  const host = normaliseHost(hostname);
  const known = ADAPTERS.find((adapter) => adapter.hosts.includes(host));
  if (known) return withHeuristicReader(known);
  return userHosts.some((userHost) => normaliseHost(userHost) === host) ? roundcubeAdapter : genericAdapter;
}
