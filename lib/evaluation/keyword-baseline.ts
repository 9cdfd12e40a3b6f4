/**
 * The naive alternative the engine is compared with in `npm run bench`: one case-insensitive alternation of
 * signal words from shared/reference/signals.md, no context, no scoring.
 */
export const BASELINE_KEYWORDS = [
  'embassy', 'consulate', 'trade representation', 'attaché', 'counsellor', 'first secretary', 'second secretary',
  'chargé d\'affaires', 'ambassade', 'consulaat', 'handelsvertegenwoordiging', 'zaakgelastigde',
  'unpublished', 'proprietary', 'confidential', 'roadmap', 'design files', 'process parameters', 'source code',
  'model weights', 'training data', 'vertrouwelijk', 'niet gepubliceerd', 'procesparameters', 'broncode',
  'honorarium', 'compensate', 'cash', 'crypto', 'vergoeding', 'contant',
  'keep this between us', 'discreet', 'delete this message', 'onder ons houden',
  'telegram', 'whatsapp', 'wechat', 'personal email', 'privé-mail',
  'all expenses paid', 'think tank', 'expert network', 'lithography', 'photoresist',
] as const;

function escapeForRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const baselinePattern = new RegExp(BASELINE_KEYWORDS.map(escapeForRegExp).join('|'), 'giu');

/** How many keyword hits the text has. */
export function countKeywordHits(text: string): number {
  baselinePattern.lastIndex = 0;
  let hits = 0;
  while (baselinePattern.exec(text) !== null) hits += 1;
  return hits;
}
