/**
 * Marks evidence phrases inside the mail body. Only text nodes are split and wrapped; nothing is ever parsed
 * as HTML, and `clear()` joins the split text nodes back so the body reads exactly as before.
 */
import { cellsTouch } from '../visible-text/rendered-style';
import { lineBreaksAround, VisibleTextWalker } from '../visible-text/walker';

export const EVIDENCE_MARK_ATTRIBUTE = 'data-waakzaam-evidence';

/** A long message with a common phrase must not become a sea of yellow. */
export const MAX_MARKS = 60;
/** One- or two-letter phrases would match inside ordinary words. */
const MIN_PHRASE_LENGTH = 3;

/** Marks inside these would change a form's value or break its markup: their text is left unmarked. */
const UNMARKABLE = new Set(['textarea', 'select', 'option', 'svg', 'math']);
const CELLS = new Set(['td', 'th']);

export interface Highlight {
  readonly count: number;
  clear(): void;
}

/**
 * The body's visible text as it stands in its text nodes, joined, with a line break where the reader of mail bodies
 * starts a new line or cell; `starts[i]` is where `nodes[i]` begins in `text`. Phrases are searched with flexible
 * whitespace and case, so the text needs no per-character bookkeeping, which a long mail could not afford.
 */
interface SearchText {
  text: string;
  nodes: Text[];
  starts: number[];
}

interface CreatedMark {
  mark: HTMLElement;
  splitBefore: boolean;
  splitAfter: boolean;
}

function isUnmarkable(element: Element): boolean {
  return UNMARKABLE.has(element.localName) || element.hasAttribute(EVIDENCE_MARK_ATTRIBUTE);
}

/** The text the engine read, from the same walk (lib/visible-text/walker.ts): hidden text is neither read nor marked. */
function searchableText(root: Element): SearchText {
  const parts: string[] = [];
  const search: SearchText = { text: '', nodes: [], starts: [] };
  let length = 0;
  let pendingBreak = false;
  new VisibleTextWalker(
    root,
    {
      // Where the reader starts a line or puts a space between two cells, a phrase may run on with any whitespace.
      enter(element, frame, parent) {
        const previousCell = CELLS.has(element.localName) ? element.previousElementSibling : null;
        const apartFromCell = previousCell !== null && !(frame.style && cellsTouch(previousCell, element));
        if (element.localName === 'br' || apartFromCell || lineBreaksAround(frame, parent) > 0) pendingBreak = true;
      },
      leave(element, frame, parent) {
        if (lineBreaksAround(frame, parent) > 0) pendingBreak = true;
      },
      text(node) {
        if (pendingBreak && length > 0) {
          parts.push('\n');
          length += 1;
        }
        pendingBreak = false;
        search.nodes.push(node);
        search.starts.push(length);
        parts.push(node.data);
        length += node.data.length;
      },
    },
    isUnmarkable,
  ).walkAll();
  search.text = parts.join('');
  return search;
}

/** A phrase as a pattern: its words in order, any whitespace (or a block break) between them, any case. */
function phrasePattern(phrase: string): RegExp | null {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.join(' ').length < MIN_PHRASE_LENGTH) return null;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('\\s+'), 'giu');
}

/** Index of the last node that starts at or before `position`. */
function nodeAt(search: SearchText, position: number): number {
  let low = 0;
  let high = search.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (search.starts[middle]! <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Character ranges of each text node to wrap, merged where matches overlap. */
function rangesToWrap(search: SearchText, phrases: string[]): Map<Text, Array<[number, number]>> {
  const byNode = new Map<Text, Array<[number, number]>>();
  let pieces = 0;
  const patterns = [...new Set(phrases.map((phrase) => phrase.replace(/\s+/g, ' ').trim().toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .filter((pattern): pattern is RegExp => pattern !== null);

  for (const pattern of patterns) {
    for (const match of search.text.matchAll(pattern)) {
      if (pieces >= MAX_MARKS) break;
      const end = match.index + match[0].length;
      // Every text node the match touches gets the part of it that lies inside the match.
      for (let index = nodeAt(search, match.index); index < search.nodes.length && search.starts[index]! < end; index++) {
        const node = search.nodes[index]!;
        const nodeStart = search.starts[index]!;
        const from = Math.max(0, match.index - nodeStart);
        const to = Math.min(node.data.length, end - nodeStart);
        if (to <= from) continue;
        const ranges = byNode.get(node) ?? [];
        ranges.push([from, to]);
        byNode.set(node, ranges);
        pieces++;
      }
    }
  }

  for (const [node, ranges] of byNode) byNode.set(node, mergeRanges(ranges));
  return byNode;
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Wraps `[start, end)` of `node` in a mark; works right to left so earlier offsets stay valid. */
function wrap(node: Text, start: number, end: number): CreatedMark {
  const doc = node.ownerDocument;
  const splitAfter = end < node.data.length;
  if (splitAfter) node.splitText(end);
  const splitBefore = start > 0;
  const target = splitBefore ? node.splitText(start) : node;
  const mark = doc.createElement('mark');
  mark.setAttribute(EVIDENCE_MARK_ATTRIBUTE, '');
  target.replaceWith(mark);
  mark.append(target);
  return { mark, splitBefore, splitAfter };
}

/** Takes a mark out and joins its text with the pieces it was split from. */
function unwrap({ mark, splitBefore, splitAfter }: CreatedMark): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const text = mark.textContent ?? '';
  const before = mark.previousSibling;
  let joined: Text;
  if (splitBefore && before instanceof Text) {
    before.appendData(text);
    mark.remove();
    joined = before;
  } else {
    const inner = mark.firstChild;
    joined = inner instanceof Text && inner === mark.lastChild ? inner : mark.ownerDocument.createTextNode(text);
    mark.replaceWith(joined);
  }
  const after = joined.nextSibling;
  if (splitAfter && after instanceof Text) {
    joined.appendData(after.data);
    after.remove();
  }
}

/** Wraps each occurrence of the phrases in `body` (up to `MAX_MARKS` pieces) and returns how to undo it. */
export function highlightEvidence(body: Element, phrases: string[]): Highlight {
  const ranges = rangesToWrap(searchableText(body), phrases);
  const created: CreatedMark[] = [];
  for (const [node, nodeRanges] of ranges) {
    for (let i = nodeRanges.length - 1; i >= 0 && created.length < MAX_MARKS; i--) {
      const range = nodeRanges[i];
      if (range) created.push(wrap(node, range[0], range[1]));
    }
  }
  let cleared = false;
  return {
    count: created.length,
    clear() {
      if (cleared) return;
      cleared = true;
      for (const mark of created) unwrap(mark);
    },
  };
}
