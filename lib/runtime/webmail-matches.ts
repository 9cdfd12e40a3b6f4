import { ADAPTERS } from '../webmail/registry';

/**
 * The webmails Waakzaam reads out of the box: the content script's matches and the extension's only host
 * permissions, derived from the adapters' hosts (the registry is the one place a webmail is added). Self-hosted
 * Roundcube is added per host at runtime (see self-hosted-scripts.ts).
 */
export const WEBMAIL_MATCHES = ADAPTERS.flatMap((adapter) => adapter.hosts).map((host) => `https://${host}/*`);
