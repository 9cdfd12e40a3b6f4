import { allLanguages, DEFAULT_PACK, wordsOf, type BodyZone, type Rule, type RulePack, type Sensitivity } from '../rules';
import { compilePack, forLanguage, type CompiledPack, type CompiledTerms, type PatternSet } from './compile';
import { countLanguageWords, pickLanguage } from './language';
import type { PatternHit } from './patterns';
import { evidence, type Contribution } from './contribution';
import { decide } from './decision';
import { formatAddress, isOwnDomain } from './sender';
import { dropForeignDiplomatClaims, senderContributions } from './sender-signals';
import { readsAsAwareness } from './awareness';
import { normalizeText, originalSpan, type NormalizedText } from './normalize';
import { splitSentences, tagEnglish, type Sentence, type Term } from './sentences';
import {
  domainOf,
  type Analysis,
  type CategoryId,
  type Evidence,
  type Language,
  type MailMessage,
} from '../model';
import { WordIndex } from './word-index';
import { segmentBody, type Block } from './zones';

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
/** A paragraph up to this size is split whole; in a longer one only the stretch around a hit. */
const SPLIT_WHOLE_BLOCK = 20_000;
const SPLIT_WINDOW = 2_000;
/** The tagger never sees more than this much text at once. */
const MAX_TAGGED_SPAN = 300;
/** An imperative opens its sentence ("Please bring the files"): the tagger reads only this many characters of it. */
const IMPERATIVE_SPAN = 60;
/** Negation reaches this many words back within a clause ("do not send us any drawings or unpublished results"). */
const NEGATION_REACH = 10;

const ZONE_FACTOR: Record<BodyZone, number> = { main: 1, signature: 0.6, quoted: 0.5, footer: 0.15 };
/** Who the sender is shows in the signature: there it counts in full. */
const SIGNATURE_CATEGORIES: ReadonlySet<CategoryId> = new Set(['diplomatic-sender', 'unverifiable-organisation']);
const AWARENESS_FACTOR = 0.3;
const COLLEAGUE_FACTOR = 0.5;
const FIELD_IN_SENTENCE = 1.25;
const FIELD_IN_MESSAGE = 1.1;
const NO_FIELD = 0.85;



/** A sentence and the ones next to it in the same paragraph: a request often names its object in a neighbour. */
interface SentenceContext {
  sentence: Sentence;
  neighbours: Sentence[];
}

/**
 * Sentences of the body, found by the cheap splitter per paragraph (or per window of a very long one), and
 * compromise's tags for the few English sentences that need them. Both cached.
 */
class SentenceFinder {
  private readonly sentences = new Map<number, Sentence[]>();
  private readonly tags = new Map<string, Promise<Term[]>>();

  constructor(private readonly text: string) {}

  contextAt(block: Block, position: number): SentenceContext | null {
    let windowStart = block.start;
    let windowEnd = block.end;
    if (block.end - block.start > SPLIT_WHOLE_BLOCK) {
      windowStart = Math.max(block.start, position - SPLIT_WINDOW);
      windowEnd = Math.min(block.end, position + SPLIT_WINDOW);
    }
    let sentences = this.sentences.get(windowStart);
    if (!sentences) {
      sentences = splitSentences(this.text, windowStart, windowEnd);
      this.sentences.set(windowStart, sentences);
    }
    if (sentences.length === 0) return null;
    let index = sentences.findIndex((s) => s.start <= position && position < s.end);
    if (index === -1) index = sentences.length - 1;
    return {
      sentence: sentences[index]!,
      neighbours: [sentences[index - 1], sentences[index + 1]].filter((s): s is Sentence => s !== undefined),
    };
  }

  /** compromise's words and tags for `text[start, end)` of an English sentence: a few words, never a whole mail. */
  termsOf(start: number, end: number): Promise<Term[]> {
    const key = `${start}:${end}`;
    let terms = this.tags.get(key);
    if (!terms) {
      terms = tagEnglish(this.text, start, Math.min(end, start + MAX_TAGGED_SPAN));
      this.tags.set(key, terms);
    }
    return terms;
  }
}

const LIST_ITEM = /^[ \t]*(?:[-*•–]|\d+[.)]|[a-z][.)])\s/;

/** For a paragraph that is a list item, the paragraph that introduces the list ("Please send us:"). */
function listLeadIn(text: string, blocks: readonly Block[], block: Block): Block | null {
  if (!LIST_ITEM.test(text.slice(block.start, block.start + 12))) return null;
  let index = blocks.indexOf(block) - 1;
  while (index >= 0 && LIST_ITEM.test(text.slice(blocks[index]!.start, blocks[index]!.start + 12))) index--;
  const leadIn = blocks[index];
  return leadIn && /:\s*$/.test(text.slice(Math.max(leadIn.start, leadIn.end - 4), leadIn.end)) ? leadIn : null;
}

/** First hit of any list; pass the whole text's word index when `text` is long. */
function anyMatch(lists: readonly CompiledTerms[], text: string, words?: WordIndex): PatternHit | null {
  for (const { patterns } of lists) {
    const hit = patterns.hits(text, 1, words)[0];
    if (hit) return hit;
  }
  return null;
}

/** Start of the clause that holds `position`: after the last comma, colon, semicolon or "but" before it. */
function clauseStart(text: string, sentenceStart: number, position: number): number {
  const before = text.slice(sentenceStart, position);
  const boundary = /[,;:()–—]|\b(?:but|however|although|though|whereas|maar|echter|hoewel|terwijl)\b/giu;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(before))) start = match.index + match[0].length;
  return sentenceStart + start;
}

function lastWordsStart(text: string, from: number, to: number, words: number): number {
  let position = to;
  let seen = 0;
  while (position > from && seen < words) {
    position--;
    while (position > from && /\s/.test(text[position]!)) position--;
    while (position > from && !/\s/.test(text[position - 1]!)) position--;
    seen++;
  }
  return Math.max(from, position);
}

async function isNegated(
  text: string,
  sentence: Sentence,
  hit: PatternHit,
  language: Language,
  negators: readonly CompiledTerms[],
  finder: SentenceFinder,
): Promise<boolean> {
  const clause = clauseStart(text, sentence.start, hit.start);
  const windowStart = lastWordsStart(text, clause, hit.start, NEGATION_REACH);
  const window = text.slice(windowStart, hit.start);
  if (anyMatch(negators, window)) return true;
  if (language === 'en') {
    // The word list covers the plain forms; compromise resolves contractions the list lacks ("we ain't paying").
    if (!/['’]/.test(window)) return false;
    return (await finder.termsOf(windowStart, hit.start)).some((term) => term.tags.includes('Negative'));
  }
  // Dutch puts "niet" after the verb: "Wij betalen u daarvoor niet."
  const after = text.slice(hit.end, Math.min(sentence.end, hit.end + 40));
  const clauseEnd = after.search(/[,;:]|\b(?:maar|en|of)\b/u);
  const tail = clauseEnd === -1 ? after : after.slice(0, clauseEnd);
  return /^(?:\s+[\p{L}'’]+){0,2}?\s+(?:niet|geen|nooit)(?![\p{L}])/u.test(tail);
}

/** Whether the sentence asks something in words: a question mark or a request cue. */
function asksInWords(text: string, sentence: Sentence, cues: readonly CompiledTerms[]): boolean {
  const sentenceText = text.slice(sentence.start, sentence.end);
  return /\?["'”’)]*\s*$/.test(sentenceText) || anyMatch(cues, sentenceText) !== null;
}

/** Whether an English sentence opens with an imperative ("Bring the design files to dinner."), as compromise tags it. */
async function opensWithImperative(text: string, sentence: Sentence, language: Language, finder: SentenceFinder): Promise<boolean> {
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (language !== 'en') return false;
  // Most sentences open with a pronoun, article or preposition: those are no imperatives, and need no tagger.
  const firstWord = /^[\s"'“‘(\-–—*•\d.)]*([\p{L}']+)/u.exec(sentenceText)?.[1]?.toLowerCase();
  if (!firstWord || NOT_IMPERATIVE_OPENERS.has(firstWord)) return false;
  const opening = await finder.termsOf(sentence.start, Math.min(sentence.end, sentence.start + IMPERATIVE_SPAN));
  return opening.slice(0, 3).some((term) => term.tags.includes('Imperative'));
}

const NOT_IMPERATIVE_OPENERS = new Set(wordsOf('en').notImperativeOpeners);
const STOP_WORDS = new Set(allLanguages((words) => words.stopWords));

/**
 * The match plus up to two following words of its English noun phrase: "unpublished" → "unpublished process
 * parameters". Dutch writes such phrases as one compound, so a Dutch match stands alone.
 */
function nounPhrase(text: string, hit: PatternHit, language: Language): string {
  let end = hit.end;
  const follow = /^[ \t]+([\p{L}][\p{L}\p{N}-]*)/u;
  for (let words = 0; language === 'en' && words < 2; words++) {
    const match = follow.exec(text.slice(end, end + 40));
    // Adverbs and participles end the noun phrase ("recipes actually used").
    if (!match || STOP_WORDS.has(match[1]!.toLowerCase()) || /(?:ly|ed)$/i.test(match[1]!)) break;
    end += match[0].length;
  }
  return text.slice(hit.start, end).replace(/\s+/g, ' ');
}


function findBlock(blocks: readonly Block[], position: number): Block | null {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle]!;
    if (position < block.start) high = middle - 1;
    else if (position >= block.end) low = middle + 1;
    else return block;
  }
  return null;
}

function messageLanguage(message: MailMessage, text: string): Language {
  const counts = countLanguageWords(`${message.subject}\n${text.slice(0, 20_000)}`, 0, undefined, 2_000);
  return pickLanguage(counts, 'en', 1);
}


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
  const read = readableText(message.text, options.maxChars ?? DEFAULT_MAX_CHARS);
  const subject = normalizeText(message.subject ?? '');
  const name = normalizeText(message.from.name);
  const analysis = await analyzeNormalized(
    { ...message, from: { ...message.from, name: name.text }, subject: subject.text, text: read.text.text },
    options,
    read.capped,
  );
  if (message.from.address.trim() === '') analysis.senderUnknown = true;
  for (const signal of analysis.signals) {
    signal.evidence = signal.evidence.map((item) =>
      item.field === 'text' ? read.original(item) : item.field === 'subject' ? inOriginal(subject, item) : item,
    );
  }
  return analysis;
}

/** Evidence found in normalised text, pointing at the original: its offsets and the words as the reader sees them. */
function inOriginal(normalized: NormalizedText, item: Evidence): Evidence {
  if (normalized.unchanged) return item;
  const span = originalSpan(normalized, item.start, item.end);
  return { ...item, ...span, text: visibleWords(normalized.original.slice(span.start, span.end)) };
}

function visibleWords(text: string): string {
  return normalizeText(text).text.replace(/\s+/g, ' ');
}

/** What a capped analysis reads of a long body: its start and its end, an approach may stand at either. */
const CAPPED_JOIN = '\n\n';

interface ReadableText {
  text: NormalizedText;
  capped: boolean;
  original(item: Evidence): Evidence;
}

function readableText(body: string, maxChars: number): ReadableText {
  if (body.length <= maxChars) {
    const text = normalizeText(body);
    return { text, capped: false, original: (item) => inOriginal(text, item) };
  }
  const headChars = Math.ceil(maxChars / 2);
  const tailStart = body.length - (maxChars - headChars);
  const joined = normalizeText(`${body.slice(0, headChars)}${CAPPED_JOIN}${body.slice(tailStart)}`);
  const toBody = (offset: number) => (offset < headChars ? offset : offset - headChars - CAPPED_JOIN.length + tailStart);
  return {
    text: joined,
    capped: true,
    original: (item) => {
      const span = originalSpan(joined, item.start, item.end);
      const start = toBody(Math.max(span.start, span.start >= headChars ? headChars + CAPPED_JOIN.length : 0));
      const end = Math.max(start, toBody(span.end));
      return { ...item, start, end, text: visibleWords(body.slice(start, end)) };
    },
  };
}

async function analyzeNormalized(message: MailMessage, options: AnalyzeOptions, capped: boolean): Promise<Analysis> {
  const pack = options.pack ?? DEFAULT_PACK;
  const compiled = compilePack(pack);
  const text = message.text;
  const subject = message.subject;
  const from = formatAddress(message.from);
  const language = messageLanguage(message, text);
  const blocks = segmentBody(text, language, message.from);
  const sentences = new SentenceFinder(text);
  const rulesById = new Map(pack.rules.map((rule) => [rule.id, rule]));
  const contributions: Contribution[] = [];

  const words = new WordIndex(text);
  const awareness = readsAsAwareness({ core: compiled.awarenessCore, support: compiled.awarenessSupport }, subject, text, blocks);

  const fieldInMessage = anyMatch(compiled.sensitiveFields, subject) ?? anyMatch(compiled.sensitiveFields, text, words);

  for (const { rule, patterns, unless } of compiled.rules) {
    const fields = rule.fields ?? ['text'];
    if (fields.includes('text')) {
      for (const hit of patterns.hits(text, HITS_PER_RULE, words)) {
        const block = findBlock(blocks, hit.start);
        if (!block || (rule.language !== 'any' && rule.language !== block.language)) continue;
        const contribution = await judgeBodyHit(compiled, rule, unless, hit, { block, blocks, text, sentences, fieldInMessage });
        if (contribution) contributions.push(contribution);
      }
    }
    if (fields.includes('subject') && (rule.language === 'any' || rule.language === language)) {
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

  contributions.push(...senderContributions(message, compiled, contributions, from));
  const ownGovernment =
    anyMatch(compiled.ownGovernment, `${from}\n${subject}`) ?? anyMatch(compiled.ownGovernment, text, words);
  if (ownGovernment) dropForeignDiplomatClaims(contributions);

  const senderDomain = domainOf(message.from.address);
  const fromColleague = isOwnDomain(senderDomain, options.organisationDomains ?? []);
  for (const contribution of contributions) {
    if (awareness && contribution.evidence.field === 'text') contribution.points *= AWARENESS_FACTOR;
    if (fromColleague) contribution.points *= COLLEAGUE_FACTOR;
  }

  return decide(contributions, rulesById, pack, {
    language,
    awareness,
    capped,
    sensitivity: options.sensitivity ?? 'standard',
    subject,
    text,
  });
}

interface BodyContext {
  block: Block;
  blocks: readonly Block[];
  text: string;
  sentences: SentenceFinder;
  fieldInMessage: PatternHit | null;
}

/**
 * Whether the hit's sentence, a neighbour of it, or the line introducing its list asks the reader for something. A
 * neighbour that only asks to keep something to oneself does not count.
 */
async function inRequest(compiled: CompiledPack, context: BodyContext, found: SentenceContext): Promise<boolean> {
  const { block, blocks, text, sentences } = context;
  const withholding = forLanguage(compiled.withholdingCues, block.language);
  const candidates: Array<{ sentence: Sentence; language: Language }> = [{ sentence: found.sentence, language: block.language }];
  for (const sentence of found.neighbours) {
    if (!anyMatch(withholding, text.slice(sentence.start, sentence.end))) candidates.push({ sentence, language: block.language });
  }
  const leadIn = listLeadIn(text, blocks, block);
  const leadInSentence = leadIn ? sentences.contextAt(leadIn, leadIn.end - 1)?.sentence : undefined;
  if (leadIn && leadInSentence) candidates.push({ sentence: leadInSentence, language: leadIn.language });
  // Words first, everywhere; the tagger, which costs far more, only when no sentence asks in words.
  if (candidates.some(({ sentence, language }) => asksInWords(text, sentence, forLanguage(compiled.requestCues, language)))) return true;
  for (const { sentence, language } of candidates) {
    if (await opensWithImperative(text, sentence, language, sentences)) return true;
  }
  return false;
}

async function judgeBodyHit(
  compiled: CompiledPack,
  rule: Rule,
  unless: PatternSet | null,
  hit: PatternHit,
  context: BodyContext,
): Promise<Contribution | null> {
  const { block, text, sentences, fieldInMessage } = context;
  if (rule.zones && !rule.zones.includes(block.zone)) return null;
  const zoneFactor =
    (block.zone === 'signature' && SIGNATURE_CATEGORIES.has(rule.category)) || block.sendersOwn ? 1 : ZONE_FACTOR[block.zone];
  const needsSentence = rule.needsRequest || rule.negatable !== false || unless !== null;
  const found = needsSentence ? sentences.contextAt(block, hit.start) : null;
  const sentence = found?.sentence ?? null;
  if (found) {
    const negators = forLanguage(compiled.negators, block.language);
    if (rule.negatable !== false && (await isNegated(text, found.sentence, hit, block.language, negators, sentences))) {
      return null;
    }
    if (unless && unless.hits(text.slice(found.sentence.start, found.sentence.end), 1).length > 0) return null;
    if (rule.needsRequest && !(await inRequest(compiled, context, found))) return null;
  }
  let points = rule.weight * zoneFactor;
  let field: string | undefined;
  if (rule.category === 'sensitive-request') {
    const inSentence = sentence ? anyMatch(compiled.sensitiveFields, text.slice(sentence.start, sentence.end)) : null;
    field = (inSentence ?? fieldInMessage)?.text;
    points *= inSentence ? FIELD_IN_SENTENCE : fieldInMessage ? FIELD_IN_MESSAGE : NO_FIELD;
  }
  const phrase = rule.category === 'sensitive-request' ? nounPhrase(text, hit, block.language) : hit.text;
  return {
    category: rule.category,
    rule: rule.id,
    points,
    evidence: evidence('text', { start: hit.start, end: hit.start + phrase.length, text: phrase }),
    field,
  };
}




