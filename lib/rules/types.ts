import type { CategoryId, Language } from '../model';

/** Where in a message a rule looks. */
export type RuleField = 'text' | 'subject' | 'from';

/** Parts of a body: the new text, quoted earlier mail, the signature, legal or list footers. */
export type BodyZone = 'main' | 'quoted' | 'signature' | 'footer';

/**
 * A detection rule is data: the engine loads rules, it does not contain them.
 *
 * Patterns use a small phrase syntax, compiled to a bounded regular expression:
 * - words are matched case-insensitively, whole words only, with any whitespace between them;
 * - `a|b|c` offers alternatives for one word slot (an alternative may itself be a phrase written with `_`
 *   for spaces, e.g. `do_not|don't`);
 * - a trailing `*` on a word matches any ending (`compensat*`), a leading one any start (`*recepten` finds the
 *   Dutch compound "implantatierecepten");
 * - `{amount}` is a sum of money;
 * - `[word]` makes a slot optional; `~` allows up to four other words in between (within a sentence).
 * User-added terms are literals (`literals` in customize.ts): they never reach this syntax.
 */
/** Sentences that show what a rule does: it fires in each `hit`, and not in any `miss` (a near-miss). */
export interface RuleExamples {
  hit: readonly string[];
  miss: readonly string[];
}

export interface Rule {
  id: string;
  category: CategoryId;
  language: Language | 'any';
  /** Points this rule adds to its category (0–100 scale). */
  weight: number;
  /** What a person reads when the rule fires. */
  description: string;
  /**
   * Two or three sentences it catches and near-misses it must not: the options page shows the hits, and
   * tests/unit/rules/examples.test.ts runs every one through the engine. Every default rule has them.
   */
  examples?: RuleExamples;
  patterns: readonly string[];
  /** Terms matched literally, whole words, any case and spacing: what users add. Never a regular expression. */
  literals?: readonly string[];
  /** Fields the rule reads; default: the body text only. */
  fields?: readonly RuleField[];
  /** Parts of the body where the rule counts; default: all (quoted mail and footers count less). */
  zones?: readonly BodyZone[];
  /** Phrases that cancel a hit in the same sentence ("an honorarium under the university's rules"). */
  unless?: readonly string[];
  /**
   * Phrases that cancel a hit anywhere in its sentence or the sentences just before and after it: the occasion that
   * explains it, told next to it ("We are throwing dad a surprise party. Keep it between us!").
   */
  unlessNearby?: readonly string[];
  /** Counts only in a sentence that asks the reader for something (a question, a request, an imperative). */
  needsRequest?: boolean;
  /** A negation before the match in the same clause cancels it ("we do not offer payment"). Default true. */
  negatable?: boolean;
  /** The match is the sender claiming an official role (a title, a government body): from a free-mail address that is an `identity-mismatch`. */
  claimsOfficialRole?: boolean;
  /** The match sends the reader's mail or material off work channels: in a short note asking for "the same again", it asks for the next delivery (thread.ts). */
  routesOffWork?: boolean;
}

/** A combination (meta) rule: fires when all of `all` and at least one of `any` (when given) are present. */
export interface CombinationRule {
  id: string;
  all: readonly CategoryId[];
  any?: readonly CategoryId[];
  /** Extra points when the combination holds. */
  bonus: number;
  description: string;
}

/** Terms that are context, not signals: sensitive technology fields, awareness-mail wording, and the like. */
export interface TermList {
  id: string;
  language: Language | 'any';
  description: string;
  patterns: readonly string[];
}

export interface RulePack {
  rules: readonly Rule[];
  combinations: readonly CombinationRule[];
  /** How earlier contact with the same sender changes the open message's score (see `escalations.ts`). */
  escalations: readonly EscalationRule[];
  /** Sensitive technology fields: they strengthen a request, never a signal by themselves. */
  sensitiveFields: readonly TermList[];
  /** Words that ask the reader for something; a `needsRequest` rule needs one in its sentence. */
  requestCues: readonly TermList[];
  /**
   * Asks the reader not to pass something on ("please do not share it"). Such a sentence next to a mention of
   * unpublished material is a confidentiality note (peer review, NDAs), not the request that material needs.
   */
  withholdingCues: readonly TermList[];
  /** Words that cancel a following match in the same clause. */
  negators: readonly TermList[];
  /** Names espionage or intelligence services: a security-awareness mail talks about approaches. */
  awarenessCore: readonly TermList[];
  /** Describes and warns rather than asks; with a core cue it marks an awareness mail. */
  awarenessSupport: readonly TermList[];
  /** The reader's own government: its embassies and attachés are not foreign diplomats. */
  ownGovernment: readonly TermList[];
  /** Mail providers anyone can sign up to; an official role claimed from one is a mismatch. */
  freeMailDomains: readonly string[];
  /** Mail domains used by foreign ministries and missions. */
  diplomaticDomains: readonly string[];
  /** The fitted text model and decision weights; without them the level follows the hand-set thresholds. */
  fitted?: FittedModel;
}

/**
 * An escalation rule: context from earlier contact with the same sender (earlier messages of the conversation, or
 * the sender history kept on the device). It never raises a banner by itself: it needs a signal in the open message.
 */
export interface EscalationRule {
  id: string;
  /**
   * `step`: one of `before` was seen in earlier contact and one of `now` is new in the open message: the contact
   * moved on. Counts like a combination, so it can lift the level to a banner.
   * `first-contact`: neither the sender nor its domain was seen before and the open message shows one of `now`.
   * Only adds points: a first message is not a warning by itself.
   */
  kind: 'step' | 'first-contact';
  before?: readonly CategoryId[];
  now: readonly CategoryId[];
  /** Points added when the rule holds (0–100 scale). */
  weight: number;
  description: string;
}

/**
 * The fitted text model (`npm run fit`): a vocabulary of words, word pairs and letter groups with their inverse
 * document frequencies, and logistic-regression weights over it, for "approach or not" and for each signal category.
 */
export interface TextModelData {
  features: readonly string[];
  idf: readonly number[];
  /** The smallest norm a TF-IDF vector is divided by, so that a short text does not speak as loudly as a long one. */
  normFloor: number;
  bias: number;
  /** One weight per feature. */
  weights: readonly number[];
  /** Per category: the bias and the non-zero weights as [feature position, weight]. */
  categories: Partial<Record<CategoryId, { bias: number; weights: ReadonlyArray<readonly [number, number]> }>>;
}

/**
 * How the level is decided, fitted by `npm run fit` (logistic regression over what the rules and the text model
 * found, as SpamAssassin's mass-check fits rule scores): the probability of an approach is
 * σ(bias + text·model log-odds + Σ category·points/20 + combination·[any combination holds] + awareness·[awareness]),
 * and the score is that probability in per cent.
 */
export interface DecisionWeights {
  bias: number;
  text: number;
  categories: Record<CategoryId, number>;
  combination: number;
  awareness: number;
  /** Score (per cent) from which a message is `low`, `medium` and `high`, per sensitivity. */
  thresholds: Record<'relaxed' | 'standard' | 'strict', { low: number; medium: number; high: number }>;
}

export interface FittedModel {
  text: TextModelData;
  decision: DecisionWeights;
}
