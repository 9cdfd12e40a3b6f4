/**
 * The webmails Waakzaam reads out of the box: the content script's matches and the extension's only
 * host permissions. Self-hosted Roundcube is added per host at runtime (see self-hosted-scripts.ts).
 */
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://mail.yahoo.com/*',
  'https://mail.proton.me/*',
  'https://app.fastmail.com/*',
];

/** Where WXT writes the webmail content script; self-hosted registrations point at the same file. */
export const WEBMAIL_CONTENT_SCRIPT_FILE = 'content-scripts/webmail.js';
