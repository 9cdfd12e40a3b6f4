import type { AnalyzeOptions } from '../engine';
import { customizePack, DEFAULT_PACK, type RulePack } from '../rules';
import type { Settings } from '../settings';

let lastPack: { key: string; pack: RulePack } | null = null;

/** The default pack with the user's and the organisation's terms and without the rules switched off; built again only when those change. */
function packFor(settings: Pick<Settings, 'addedTerms' | 'disabledRules'>): RulePack {
  const { addedTerms, disabledRules } = settings;
  if (addedTerms.length === 0 && disabledRules.length === 0) return DEFAULT_PACK;
  const key = JSON.stringify([addedTerms, disabledRules]);
  if (lastPack?.key !== key) lastPack = { key, pack: customizePack(DEFAULT_PACK, { added: addedTerms, disabledRules }) };
  return lastPack.pack;
}

/** What the engine needs from the settings: terms, sensitivity and the reader's own organisation. */
export function analysisOptionsFor(settings: Settings): AnalyzeOptions {
  return {
    pack: packFor(settings),
    sensitivity: settings.sensitivity,
    organisationDomains: settings.organisationDomains,
  };
}
