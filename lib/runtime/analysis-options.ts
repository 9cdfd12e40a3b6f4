import type { AnalyzeOptions } from '../engine';
import { customizePack, DEFAULT_PACK, type RulePack } from '../rules';
import type { Settings } from '../settings';

/**
 * What the engine needs from the settings: terms, sensitivity and the reader's own organisation. The pack with the
 * user's and the organisation's terms and without the rules switched off is built again only when those change, so
 * each owner (the worker, the options page) keeps one of these.
 */
export class AnalysisOptions {
  private lastPack: { key: string; pack: RulePack } | null = null;

  for(settings: Settings): AnalyzeOptions {
    return {
      pack: this.packFor(settings),
      sensitivity: settings.sensitivity,
      organisationDomains: settings.organisationDomains,
    };
  }

  private packFor({ addedTerms, disabledRules }: Pick<Settings, 'addedTerms' | 'disabledRules'>): RulePack {
    if (addedTerms.length === 0 && disabledRules.length === 0) return DEFAULT_PACK;
    const key = JSON.stringify([addedTerms, disabledRules]);
    if (this.lastPack?.key !== key) this.lastPack = { key, pack: customizePack(DEFAULT_PACK, { added: addedTerms, disabledRules }) };
    return this.lastPack.pack;
  }
}
