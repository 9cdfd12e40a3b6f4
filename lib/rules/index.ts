import { COMBINATIONS } from './combinations';
import { ESCALATIONS } from './escalations';
import { DIPLOMATIC_DOMAINS, FREE_MAIL_DOMAINS, OWN_GOVERNMENT, SENSITIVE_FIELDS } from './context';
import {
  ENGLISH_AWARENESS_CORE,
  ENGLISH_AWARENESS_SUPPORT,
  ENGLISH_NEGATORS,
  ENGLISH_REQUEST_CUES,
  ENGLISH_RULES,
  ENGLISH_WITHHOLDING_CUES,
} from './en';
import {
  DUTCH_AWARENESS_CORE,
  DUTCH_AWARENESS_SUPPORT,
  DUTCH_NEGATORS,
  DUTCH_REQUEST_CUES,
  DUTCH_RULES,
  DUTCH_WITHHOLDING_CUES,
} from './nl';
import fittedModel from './fitted/model.json';
import type { FittedModel, RulePack } from './types';

export { LEVEL_THRESHOLDS, type Sensitivity } from './combinations';
export { allLanguages, LANGUAGES, wordsOf, type LanguageWords } from './languages';
export { SCORING } from './scoring';
export { SENDER_RULES, type SenderRule } from './sender';
export { THREAD_RULES } from './thread';
export {
  MAX_TERM_CHARS,
  REQUEST_CATEGORIES,
  TermTooLongError,
  customizePack,
  userRuleId,
  type PackCustomisation,
  type TermChange,
} from './customize';
export type {
  BodyZone,
  CombinationRule,
  DecisionWeights,
  EscalationRule,
  FittedModel,
  Rule,
  RuleExamples,
  RuleField,
  RulePack,
  TermList,
  TextModelData,
} from './types';

/** The packs Waakzaam ships with. Settings add and remove terms on top of these. */
export const DEFAULT_PACK: RulePack = {
  rules: [...ENGLISH_RULES, ...DUTCH_RULES],
  combinations: COMBINATIONS,
  escalations: ESCALATIONS,
  sensitiveFields: SENSITIVE_FIELDS,
  requestCues: [...ENGLISH_REQUEST_CUES, ...DUTCH_REQUEST_CUES],
  withholdingCues: [ENGLISH_WITHHOLDING_CUES, DUTCH_WITHHOLDING_CUES],
  negators: [ENGLISH_NEGATORS, DUTCH_NEGATORS],
  awarenessCore: [ENGLISH_AWARENESS_CORE, DUTCH_AWARENESS_CORE],
  awarenessSupport: [ENGLISH_AWARENESS_SUPPORT, DUTCH_AWARENESS_SUPPORT],
  ownGovernment: OWN_GOVERNMENT,
  freeMailDomains: FREE_MAIL_DOMAINS,
  diplomaticDomains: DIPLOMATIC_DOMAINS,
  // Written by `npm run fit`; the shapes are checked by tests/unit/rules/fitted-model.test.ts.
  fitted: fittedModel as unknown as FittedModel,
};
