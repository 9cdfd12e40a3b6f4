import type { Language } from '../model';
import { allLanguages, LANGUAGES, wordsOf } from '../rules';
import { anyMatch, forLanguage, type CompiledPack, type CompiledTerms } from './compile';
import { wordsPerLanguage } from './language';
import type { SentenceContext, SentenceFinder } from './sentence-finder';
import type { Sentence } from './sentences';
import { namesTheSender } from './reported-speech';
import { blockAt, type Block } from './zones';

/** An imperative opens its sentence ("Please bring the files"): the tagger reads only this many characters of it. */
const IMPERATIVE_SPAN = 60;
/** A menu path before a step's verb: "System > Users > ", "Beheer → Gebruikers → ". */
const MENU_PATH = /^[\s\d.)*•-]*(?:[\p{L}][\p{L}\d &/-]{0,30}?\s*[>→»]\s*)+/u;
const LIST_ITEM = /^[ \t]*(?:[-*•–]|\d+[.)]|[a-z][.)])\s/;
/** A line that is only an item's number or bullet: a table's numbering column, its text in the next paragraph. */
const LONE_MARKER = /^(?:\d{1,2}[.)]?|[a-z][.)]|[-*•–])$/;
const NOT_IMPERATIVE_OPENERS = new Set(wordsOf('en').notImperativeOpeners);
const IMPERATIVES = new Map<Language, ReadonlySet<string>>(LANGUAGES.map((words) => [words.language, new Set(words.imperatives)]));
const READER_WISH = new RegExp(`(?<![\\p{L}])(?:${allLanguages((words) => words.readerWishes).join('|')})(?![\\p{L}])`, 'giu');

/** Lines looked back over for the line that introduces a list: a list of questions is seldom longer. */
const LIST_REACH_LINES = 40;

/**
 * For a hit in a list item, the line that introduces the list ("Please send us:", "We need the following:"), whether
 * the items are paragraphs of their own or lines of one paragraph, and an item may wrap over several lines. Returns
 * the paragraph of that line and a position in it.
 */
function listLeadIn(text: string, blocks: readonly Block[], position: number): { block: Block; position: number } | null {
  let lineStart = text.lastIndexOf('\n', position - 1) + 1;
  let sawItem = false;
  // A line that is neither an item nor blank is an item's wrapped continuation only until a blank line comes first.
  let continuation = false;
  for (let lines = 0; lines < LIST_REACH_LINES; lines++) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/^[>\s]*/, '').trimEnd();
    // A list is introduced by a colon, or by a question ("Could you send us the following?").
    if (lines > 0 && sawItem && !continuation && /[:?]$/.test(line)) {
      const mark = text.lastIndexOf(line.at(-1)!, lineEnd === -1 ? text.length : lineEnd);
      const block = blockAt(blocks, mark);
      return block ? { block, position: mark } : null;
    }
    if (LIST_ITEM.test(line.slice(0, 12)) || LONE_MARKER.test(line)) {
      sawItem = true;
      continuation = false;
    } else if (line === '') {
      if ((continuation && !LONE_MARKER.test(lineAbove(text, lineStart))) || (!continuation && !sawItem)) return null;
    } else {
      continuation = true;
    }
    if (lineStart === 0) return null;
    lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  }
  return null;
}

/** The line above the one starting at `lineStart`, without quote marks and spaces around it. */
function lineAbove(text: string, lineStart: number): string {
  if (lineStart === 0) return '';
  const start = text.lastIndexOf('\n', lineStart - 2) + 1;
  return text.slice(start, lineStart - 1).replace(/^[>\s]*/, '').trimEnd();
}

/**
 * Whether the sentence asks something in words: a question mark or a request cue, not one inside the reader's own wish
 * told back to them.
 */
function asksInWords(text: string, sentence: Sentence, cues: readonly CompiledTerms[]): boolean {
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (/\?["'”’)]*\s*$/.test(sentenceText)) return true;
  return anyMatch(cues, sentenceText.replace(READER_WISH, (wish) => ' '.repeat(wish.length))) !== null;
}

/**
 * Whether a sentence opens with an imperative ("Bring the design files to dinner.", "Neem het rapport mee."): in English
 * as compromise tags it, in Dutch by its verb list.
 */
async function opensWithImperative(text: string, sentence: Sentence, language: Language, finder: SentenceFinder): Promise<boolean> {
  // A step that names its menu first ("System > Users > export all users") opens with the verb after the path.
  const start = sentence.start + (MENU_PATH.exec(text.slice(sentence.start, sentence.end))?.[0].length ?? 0);
  const sentenceText = text.slice(start, sentence.end);
  const firstWord = /^[\s"'“‘(\-–—*•\d.)]*([\p{L}']+)/u.exec(sentenceText)?.[1]?.toLowerCase();
  if (!firstWord) return false;
  if (language !== 'en') return IMPERATIVES.get(language)?.has(firstWord) ?? false;
  // Most sentences open with a pronoun, article or preposition: those are no imperatives, and need no tagger.
  if (NOT_IMPERATIVE_OPENERS.has(firstWord)) return false;
  const opening = await finder.termsOf(start, Math.min(sentence.end, start + IMPERATIVE_SPAN));
  return opening.slice(0, 3).some((term) => term.tags.includes('Imperative'));
}

/** Where a hit stands in the body: its paragraph among all of them, and the sentences found so far. */
export interface HitPlace {
  block: Block;
  blocks: readonly Block[];
  sentences: SentenceFinder;
}

/**
 * Whether the hit's sentence, a neighbour of it, or the line introducing its list asks the reader for something. A
 * neighbour that only asks to keep something to oneself does not count.
 */
export async function inRequest(compiled: CompiledPack, place: HitPlace, found: SentenceContext): Promise<boolean> {
  const { block, blocks, sentences } = place;
  const text = sentences.text;
  const withholding = forLanguage(compiled.withholdingCues, block.language);
  const candidates: Array<{ sentence: Sentence; language: Language }> = [{ sentence: found.sentence, language: block.language }];
  for (const sentence of found.neighbours) {
    if (!anyMatch(withholding, text.slice(sentence.start, sentence.end))) candidates.push({ sentence, language: block.language });
  }
  // The line that introduces a list, and the sentence before it: "Could you send me the following? The portal is slow:".
  const leadIn = listLeadIn(text, blocks, found.sentence.start);
  const leadInContext = leadIn ? sentences.contextAt(leadIn.block, leadIn.position) : undefined;
  if (leadIn && leadInContext) {
    const before = leadInContext.neighbours.filter((sentence) => sentence.end <= leadInContext.sentence.start);
    for (const sentence of [leadInContext.sentence, ...before]) candidates.push({ sentence, language: leadIn.block.language });
  }
  // Words first, everywhere; the tagger, which costs far more, only when no sentence asks in words.
  if (candidates.some(({ sentence, language }) => asksInWords(text, sentence, forLanguage(compiled.requestCues, language)))) return true;
  for (const { sentence, language } of candidates) {
    if (await opensWithImperative(text, sentence, language, sentences)) return true;
  }
  return isShorthandAsk(found.sentence, block.language, place);
}

/** New text up to this long is a note, not a letter: a running contact's shorthand fits in it. */
const SHORTHAND_MESSAGE_CHARS = 300;

/** Whether the sender's new text is short enough to be a note (see `SHORTHAND_MESSAGE_CHARS`). */
export function isShortNote(blocks: readonly Block[]): boolean {
  return blocks.reduce((length, block) => length + (block.zone === 'main' ? block.end - block.start : 0), 0) <= SHORTHAND_MESSAGE_CHARS;
}

const STANDING_TERMS = wordsPerLanguage((words) => words.standingTerms);

/**
 * Whether the hit's sentence is a short note's line that names the thing wanted without asking: under the standing
 * arrangement ("Zelfde afspraak als in februari: de Q1-cijfers."), or verbless ("The process numbers for the new
 * resist, same terms as before.", "Now the rest – especially the modulator cells."). In a note that short, naming it
 * is asking for it. Verbless lines in English only, as compromise tags it; Dutch has no tagger here.
 */
async function isShorthandAsk(sentence: Sentence, language: Language, place: HitPlace): Promise<boolean> {
  if (!isShortNote(place.blocks)) return false;
  const line = place.sentences.text.slice(sentence.start, sentence.end);
  // The sender in the line ("same deal as last time: I'll send the figures to Jan") gives rather than asks.
  if (STANDING_TERMS.get(language)?.test(line) && !namesTheSender(line)) return true;
  if (language !== 'en') return false;
  const terms = await place.sentences.termsOf(sentence.start, sentence.end);
  // The verb of a relative clause ("the list of who has admin rights") does not make the line a sentence.
  const relative = terms.findIndex((term) => RELATIVE_PRONOUNS.has(term.text.toLowerCase()));
  const main = relative === -1 ? terms : terms.slice(0, relative);
  return main.length > 0 && !main.some((term) => term.tags.includes('Verb'));
}

/** Words that open a relative clause in English. */
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where']);
