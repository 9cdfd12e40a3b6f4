import { splitSentences, tagEnglish, type Sentence, type Term } from './sentences';
import type { Block } from './zones';

/** A paragraph up to this size is split whole; in a longer one only the stretch around a hit. */
const SPLIT_WHOLE_BLOCK = 20_000;
const SPLIT_WINDOW = 2_000;
/** The tagger never sees more than this much text at once. */
const MAX_TAGGED_SPAN = 300;

/** A sentence and the ones next to it in the same paragraph: a request often names its object in a neighbour. */
export interface SentenceContext {
  sentence: Sentence;
  neighbours: Sentence[];
}

/**
 * Sentences of the body, found by the cheap splitter per paragraph (or per window of a very long one), and
 * compromise's tags for the few English sentences that need them. Both cached, for one message.
 */
export class SentenceFinder {
  private readonly sentences = new Map<number, Sentence[]>();
  private readonly tags = new Map<string, Promise<Term[]>>();

  constructor(readonly text: string) {}

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
