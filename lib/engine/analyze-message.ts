import { DEFAULT_PACK, SCORING, type RulePack, type Sensitivity } from '../rules';
import { domainOf, type Analysis, type Language, type MailMessage } from '../model';
import { anyMatch, compilePack, forLanguage, type CompiledPack, type CompiledRule } from './compile';
import { messageLanguage } from './language';
import type { PatternHit } from './patterns';
import { evidence, type Contribution } from './contribution';
import { decide } from './decision';
import { formatAddress, isFreeMail, isOwnDomain } from './sender';
import { dropForeignDiplomatClaims, redirectContributions, senderContributions } from './sender-signals';
import { readsAsAwareness } from './awareness';
import { exceptionScopes, isNegated } from './negation';
import { isOthersActDescribed, isReportedSpeech } from './reported-speech';
import { nounPhrase } from './noun-phrase';
import { givenBySender, namedAsPublic } from './requested-object';
import { inOriginal, readableText } from './readable-text';
import { inRequest, type HitPlace } from './request';
import { SentenceFinder } from './sentence-finder';
import { adoptPassedOnRequests, threadContributions } from './thread-signals';
import type { Sentence } from './sentences';
import { normalizeText } from './normalize';
import { WordIndex } from './word-index';
import { blockAt, segmentBody, withoutFooters, type Block } from './zones';

export interface AnalyzeOptions {
  /** Rules and term lists; settings build this from the defaults plus the user's and the organisation's terms. */
  pack?: RulePack;
  sensitivity?: Sensitivity;
  /** The reader's own organisation: mail from colleagues counts less. */
  organisationDomains?: readonly string[];
  /** Characters of body text analysed; the rest is ignored and the result says `capped`. */
  maxChars?: number;
}

const DEFAULT_MAX_CHARS = 1_000_000;
/** Hits of one rule that are looked at closely; more of the same adds nothing and would only cost time. */
const HITS_PER_RULE = 25;

/**
 * Compiles the rules ahead of the first message, for a worker that has just started. It leaves the tagger alone:
 * setting that up takes longer than most analyses and would hold up the message that is on its way.
 */
export function prepareAnalysis(options: Pick<AnalyzeOptions, 'pack'> = {}): void {
  compilePack(options.pack ?? DEFAULT_PACK);
}

/**
 * Analyses one message. Pure: no browser, DOM or network; the same input gives the same result. Asynchronous only
 * because the English tagger is loaded the first time a sentence needs it.
 */
export async function analyzeMessage(message: MailMessage, options: AnalyzeOptions = {}): Promise<Analysis> {
  const { normalized, read, subject } = normalizeMessage(message, options.maxChars ?? DEFAULT_MAX_CHARS);
  const analysis = await analyzeNormalized(normalized, options, read.capped);
  if (message.from.address.trim() === '') analysis.senderUnknown = true;
  for (const signal of analysis.signals) {
    signal.evidence = signal.evidence.map((item) =>
      item.field === 'text' ? read.original(item) : item.field === 'subject' ? inOriginal(subject, item) : item,
    );
  }
  return analysis;
}

/** The message as the engine reads it: body, subject and sender's name normalised, the body cut at `maxChars`. */
function normalizeMessage(message: MailMessage, maxChars: number) {
  const read = readableText(message.text, maxChars);
  const subject = normalizeText(message.subject ?? '');
  const name = normalizeText(message.from.name);
  const normalized = { ...message, from: { ...message.from, name: name.text }, subject: subject.text, text: read.text.text };
  return { normalized, read, subject };
}

/** The paragraphs of a normalised message's body, each with its zone, as the rules and the text model read them. */
function bodyBlocks(message: MailMessage, language: Language, pack: RulePack): Block[] {
  const senderDomain = domainOf(message.from.address);
  return segmentBody(message.text, language, {
    sender: message.from,
    ...(senderDomain && !isFreeMail(senderDomain, pack) ? { organisationDomain: senderDomain } : {}),
  });
}

/**
 * The subject and body the text model reads of a message, exactly as `analyzeMessage` gives them to it: `npm run fit`
 * fits on this, so the model is fitted on what it will read.
 */
export function modelReading(message: MailMessage, pack: RulePack = DEFAULT_PACK): { subject: string; body: string } {
  const { normalized } = normalizeMessage(message, DEFAULT_MAX_CHARS);
  const { subject, text } = normalized;
  return { subject, body: withoutFooters(text, bodyBlocks(normalized, messageLanguage(subject, text), pack)) };
}

async function analyzeNormalized(message: MailMessage, options: AnalyzeOptions, capped: boolean): Promise<Analysis> {
  const pack = options.pack ?? DEFAULT_PACK;
  const compiled = compilePack(pack);
  const text = message.text;
  const subject = message.subject;
  const from = formatAddress(message.from);
  const language = messageLanguage(subject, text);
  const senderDomain = domainOf(message.from.address);
  const blocks = bodyBlocks(message, language, pack);
  const sentences = new SentenceFinder(text);
  const rulesById = new Map(pack.rules.map((rule) => [rule.id, rule]));
  const contributions: Contribution[] = [];

  const words = new WordIndex(text);
  const awareness = readsAsAwareness({ core: compiled.awarenessCore, support: compiled.awarenessSupport }, subject, text, blocks);

  const fieldInMessage = anyMatch(compiled.sensitiveFields, subject) ?? anyMatch(compiled.sensitiveFields, text, words);

  for (const compiledRule of compiled.rules) {
    const { rule, patterns } = compiledRule;
    const fields = rule.fields ?? ['text'];
    if (fields.includes('text')) {
      for (const hit of patterns.hits(text, HITS_PER_RULE, words)) {
        const block = blockAt(blocks, hit.start);
        if (!block || (rule.language !== 'any' && rule.language !== block.language)) continue;
        const contribution = await judgeBodyHit(compiled, compiledRule, hit, { block, blocks, sentences, fieldInMessage });
        if (contribution) contributions.push(contribution);
      }
    }
    // A subject is one short sentence: a rule's exceptions anywhere in it excuse its hits ("Farewell collection (keep it quiet!)").
    if (fields.includes('subject') && (rule.language === 'any' || rule.language === language) && !excusedIn(compiledRule, subject)) {
      for (const hit of patterns.hits(subject, 3)) {
        contributions.push({ category: rule.category, rule: rule.id, points: rule.weight, evidence: evidence('subject', hit) });
      }
    }
    if (fields.includes('from')) {
      for (const hit of patterns.hits(from, 3)) {
        contributions.push({ category: rule.category, rule: rule.id, points: rule.weight, evidence: evidence('from', hit) });
      }
    }
  }

  contributions.push(...redirectContributions(message, compiled, blocks, sentences));
  adoptPassedOnRequests(text, blocks, contributions);
  contributions.push(...threadContributions(message, blocks, sentences, compiled, contributions));
  contributions.push(...senderContributions(message, compiled, contributions, from));
  const ownGovernment =
    anyMatch(compiled.ownGovernment, `${from}\n${subject}`) ?? anyMatch(compiled.ownGovernment, text, words);
  if (ownGovernment) dropForeignDiplomatClaims(contributions);

  const fromColleague = isOwnDomain(senderDomain, options.organisationDomains ?? []);
  for (const contribution of contributions) {
    if (awareness && contribution.evidence.field === 'text') contribution.points *= SCORING.awareness;
    if (fromColleague) contribution.points *= SCORING.colleague;
  }

  return decide(contributions, rulesById, pack, {
    language,
    awareness,
    capped,
    sensitivity: options.sensitivity ?? 'standard',
    subject,
    modelText: withoutFooters(text, blocks),
  });
}

/** A hit in the body: where it stands, and the sensitive field the message names anywhere (for requests). */
interface BodyContext extends HitPlace {
  fieldInMessage: PatternHit | null;
}

/** Whether the hit stands in a warning's instruction about what others might do (see `isOthersActDescribed`). */
function isDescribedInItsSentence(hit: PatternHit, { block, sentences }: BodyContext, known: Sentence | null): boolean {
  const sentence = known ?? sentences.contextAt(block, hit.start)?.sentence;
  return sentence !== undefined && isOthersActDescribed(sentences.text, hit.start, hit.end, sentence.start, sentence.end);
}

/** Whether a rule's exceptions, in its sentence or nearby, meet anywhere in `text`. */
function excusedIn({ unless, unlessNearby }: CompiledRule, text: string): boolean {
  return [unless, unlessNearby].some((exceptions) => exceptions !== null && exceptions.hits(text, 1).length > 0);
}

/**
 * What a rule's hit in the body is worth: nothing when its zone does not count, a negation or an exception cancels it,
 * or it needs a request and stands in none; else the rule's weight by where it stands and, for a request, by the
 * field it names.
 */
async function judgeBodyHit(
  compiled: CompiledPack,
  { rule, unless, unlessNearby }: CompiledRule,
  hit: PatternHit,
  context: BodyContext,
): Promise<Contribution | null> {
  const { block, sentences, fieldInMessage } = context;
  const text = sentences.text;
  if (rule.zones && !rule.zones.includes(block.zone)) return null;
  const zoneFactor =
    (block.zone === 'signature' && SCORING.inSignatureInFull.has(rule.category)) || block.sendersOwn ? 1 : SCORING.zone[block.zone];
  const needsSentence = rule.needsRequest || rule.negatable !== false || unless !== null || unlessNearby !== null;
  const found = needsSentence ? sentences.contextAt(block, hit.start) : null;
  const sentence = found?.sentence ?? null;
  if (found) {
    const negators = forLanguage(compiled.negators, block.language);
    if (rule.negatable !== false && (await isNegated(text, found.sentence, hit, block.language, negators, sentences))) {
      return null;
    }
    if (unless) {
      const scopes = exceptionScopes(text, found.sentence, found.neighbours, hit.start);
      if (scopes.some((scope) => unless.hits(text.slice(scope.start, scope.end), 1).length > 0)) return null;
    }
    if (unlessNearby) {
      const nearby = [found.sentence, ...found.neighbours];
      if (nearby.some((scope) => unlessNearby.hits(text.slice(scope.start, scope.end), 1).length > 0)) return null;
    }
    if (rule.needsRequest && !(await inRequest(compiled, context, found))) return null;
  }
  if (rule.category === 'sensitive-request' && namedAsPublic(text, hit.start, block.start)) return null;
  if (rule.category === 'sensitive-request' && sentence && givenBySender(text, hit.start, sentence.start)) return null;
  let points = rule.weight * zoneFactor;
  const reported = isReportedSpeech(text, hit.start, hit.end, block.start, block.end) || isDescribedInItsSentence(hit, context, sentence);
  if (reported) points *= SCORING.reportedSpeech;
  const ownVoice = !reported && (block.zone === 'main' || block.sendersOwn === true);
  let field: string | undefined;
  if (rule.category === 'sensitive-request') {
    const inSentence = sentence ? anyMatch(compiled.sensitiveFields, text.slice(sentence.start, sentence.end)) : null;
    field = (inSentence ?? fieldInMessage)?.text;
    const { fieldInSentence, fieldInMessage: fieldElsewhere, noField } = SCORING.request;
    points *= inSentence ? fieldInSentence : fieldInMessage ? fieldElsewhere : noField;
  }
  const phrase = rule.category === 'sensitive-request' ? nounPhrase(text, hit, block.language) : hit.text;
  return {
    category: rule.category,
    rule: rule.id,
    points,
    evidence: evidence('text', { start: hit.start, end: hit.start + phrase.length, text: phrase }),
    field,
    ...(ownVoice ? { ownVoice: true as const } : {}),
    ...(block.othersWords ? { othersWords: true as const } : {}),
  };
}
