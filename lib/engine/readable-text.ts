import type { Evidence } from '../model';
import { normalizeText, originalSpan, type NormalizedText } from './normalize';

/** What a capped analysis reads of a long body: its start and its end, an approach may stand at either. */
const CAPPED_JOIN = '\n\n';

/** The body as the engine reads it, and how evidence found in it points back at the body as written. */
export interface ReadableText {
  text: NormalizedText;
  capped: boolean;
  original(item: Evidence): Evidence;
}

function visibleWords(text: string): string {
  return normalizeText(text).text.replace(/\s+/g, ' ');
}

/** Evidence found in normalised text, pointing at the original: its offsets and the words as the reader sees them. */
export function inOriginal(normalized: NormalizedText, item: Evidence): Evidence {
  if (normalized.unchanged) return item;
  const span = originalSpan(normalized, item.start, item.end);
  return { ...item, ...span, text: visibleWords(normalized.original.slice(span.start, span.end)) };
}

/** The normalised body, or for one longer than `maxChars` its start and its end joined, marked `capped`. */
export function readableText(body: string, maxChars: number): ReadableText {
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
