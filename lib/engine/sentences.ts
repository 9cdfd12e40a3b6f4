import { allLanguages } from '../rules/languages';

type Nlp = typeof import('compromise/two').default;

let tagger: Promise<Nlp> | undefined;

/**
 * compromise's tagger (the `two` build: the part-of-speech tags without the larger phrase plugins, which give the same
 * tags for what the engine asks), loaded on first use. It is the largest and slowest-to-start part of the engine
 * (about 300 KB and a few hundred milliseconds to set up), and most messages never need it, so a cold extension
 * worker does not wait for it.
 */
export function loadEnglishTagger(): Promise<Nlp> {
  tagger ??= import('compromise/two').then((module) => module.default);
  return tagger;
}

/** A sentence of the body: `text[start, end)`. */
export interface Sentence {
  start: number;
  end: number;
}

export interface Term {
  start: number;
  end: number;
  text: string;
  tags: readonly string[];
}

/** Abbreviations whose full stop does not end a sentence, in every language. */
const ABBREVIATIONS = new Set(allLanguages((words) => words.abbreviations).map((abbreviation) => abbreviation.toLowerCase()));

const BOUNDARY = /[.!?…]+["'”’)]*(?=\s)|\n(?=[ \t]*(?:[-*•–]|\d+[.)])\s)/g;

function endsWithAbbreviation(text: string, dotIndex: number): boolean {
  let wordStart = dotIndex;
  while (wordStart > 0 && /[\p{L}.]/u.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, dotIndex).toLowerCase();
  if (!word) return false;
  // A single letter with a full stop is an initial ("J. de Vries").
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

/**
 * The cheap pass: word-based sentence splitting for `text[start, end)`: full stops, question and exclamation marks followed by
 * whitespace, and list items; not after known abbreviations or initials.
 */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  const segment = text.slice(start, end);
  let sentenceStart = 0;
  BOUNDARY.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = BOUNDARY.exec(segment))) {
    const punctuation = match[0];
    if (punctuation.startsWith('.') && punctuation.length === 1 && endsWithAbbreviation(segment, match.index)) continue;
    const sentenceEnd = match.index + punctuation.length;
    if (segment.slice(sentenceStart, sentenceEnd).trim()) {
      sentences.push({ start: start + sentenceStart, end: start + sentenceEnd });
    }
    sentenceStart = sentenceEnd;
  }
  if (segment.slice(sentenceStart).trim()) sentences.push({ start: start + sentenceStart, end });
  return sentences.map((sentence) => trimSentence(text, sentence));
}

function trimSentence(text: string, sentence: Sentence): Sentence {
  let { start, end } = sentence;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface CompromiseSentence {
  offset: { start: number; length: number };
  terms: CompromiseTerm[];
}

/**
 * compromise's words and tags for one English sentence `text[start, end)`. The tagger is the slow step, so it
 * only ever sees the few sentences that hold a candidate hit.
 */
export async function tagEnglish(text: string, start: number, end: number): Promise<Term[]> {
  const nlp = await loadEnglishTagger();
  const json = nlp(text.slice(start, end)).json({ offset: true, terms: { offset: true } }) as CompromiseSentence[];
  return json.flatMap((sentence) =>
    sentence.terms.map((term) => ({
      start: start + term.offset.start,
      end: start + term.offset.start + term.offset.length,
      text: term.text,
      tags: term.tags,
    })),
  );
}
