import type { Language } from '../model';
import { wordsOf } from '../rules';
import { anyMatch, forLanguage, type CompiledPack, type CompiledTerms } from './compile';
import type { SentenceContext, SentenceFinder } from './sentence-finder';
import type { Sentence } from './sentences';
import type { Block } from './zones';

/** An imperative opens its sentence ("Please bring the files"): the tagger reads only this many characters of it. */
const IMPERATIVE_SPAN = 60;
const LIST_ITEM = /^[ \t]*(?:[-*•–]|\d+[.)]|[a-z][.)])\s/;
const NOT_IMPERATIVE_OPENERS = new Set(wordsOf('en').notImperativeOpeners);

/** For a paragraph that is a list item, the paragraph that introduces the list ("Please send us:"). */
function listLeadIn(text: string, blocks: readonly Block[], block: Block): Block | null {
  if (!LIST_ITEM.test(text.slice(block.start, block.start + 12))) return null;
  let index = blocks.indexOf(block) - 1;
  while (index >= 0 && LIST_ITEM.test(text.slice(blocks[index]!.start, blocks[index]!.start + 12))) index--;
  const leadIn = blocks[index];
  return leadIn && /:\s*$/.test(text.slice(Math.max(leadIn.start, leadIn.end - 4), leadIn.end)) ? leadIn : null;
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
