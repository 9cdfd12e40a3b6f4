import type { Rule, RulePack, TermList } from '../rules';
import { alternationRegExp, patternSource } from './patterns';

export interface CompiledRule {
  rule: Rule;
  regexp: RegExp;
}

export interface CompiledTerms {
  list: TermList;
  regexp: RegExp;
}

export interface CompiledPack {
  pack: RulePack;
  rules: CompiledRule[];
  sensitiveFields: CompiledTerms[];
  requestCues: CompiledTerms[];
  negators: CompiledTerms[];
  awarenessCore: CompiledTerms[];
  awarenessSupport: CompiledTerms[];
  ownGovernment: CompiledTerms[];
}

const compiledPacks = new WeakMap<RulePack, CompiledPack>();

function compileTerms(list: TermList): CompiledTerms {
  return { list, regexp: alternationRegExp(list.patterns.map(patternSource)) };
}

/** Regular expressions for a pack, built once per pack object. Throws with the rule id on a bad pattern. */
export function compilePack(pack: RulePack): CompiledPack {
  const cached = compiledPacks.get(pack);
  if (cached) return cached;
  const compiled: CompiledPack = {
    pack,
    rules: pack.rules
      .filter((rule) => rule.patterns.length > 0)
      .map((rule) => {
        try {
          return { rule, regexp: alternationRegExp(rule.patterns.map(patternSource)) };
        } catch (error) {
          throw new Error(`Rule ${rule.id}: ${(error as Error).message}`);
        }
      }),
    sensitiveFields: pack.sensitiveFields.map(compileTerms),
    requestCues: pack.requestCues.map(compileTerms),
    negators: pack.negators.map(compileTerms),
    awarenessCore: pack.awarenessCore.map(compileTerms),
    awarenessSupport: pack.awarenessSupport.map(compileTerms),
    ownGovernment: pack.ownGovernment.map(compileTerms),
  };
  compiledPacks.set(pack, compiled);
  return compiled;
}

/** Term lists that apply to a language (their own and language-neutral ones). */
export function forLanguage<T extends { list: TermList }>(lists: readonly T[], language: string): T[] {
  return lists.filter(({ list }) => list.language === 'any' || list.language === language);
}
