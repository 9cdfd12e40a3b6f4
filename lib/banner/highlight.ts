/**
 * Marks evidence phrases inside the mail body. Only text nodes are split and wrapped; nothing is ever parsed
 * as HTML, and `clear()` joins the split text nodes back so the body reads exactly as before.
 */

export const EVIDENCE_MARK_ATTRIBUTE = 'data-waakzaam-evidence';

/** A long message with a common phrase must not become a sea of yellow. */
export const MAX_MARKS = 60;
/** One- or two-letter phrases would match inside ordinary words. */
const MIN_PHRASE_LENGTH = 3;

const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH']);
/** Text on either side of these is separate in the plain text the engine read, so a phrase may span them. */
const BREAKING_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export interface Highlight {
  readonly count: number;
  clear(): void;
}

/**
 * The body's text as it stands in its text nodes, joined, with a line break where a block element separates them;
 * `starts[i]` is where `nodes[i]` begins in `text`. Phrases are searched with flexible whitespace and case, so the
 * text needs no per-character bookkeeping, which a long mail could not afford.
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

function isSkipped(element: Element): boolean {
  return SKIPPED_ELEMENTS.has(element.tagName.toUpperCase()) || element.hasAttribute(EVIDENCE_MARK_ATTRIBUTE);
}

function searchableText(root: Element): SearchText {
  const parts: string[] = [];
  const search: SearchText = { text: '', nodes: [], starts: [] };
  let length = 0;
  let pendingBreak = false;

  // Walks without recursion: mail HTML nested thousands deep must not exhaust the stack and so stop the banner.
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === Node.TEXT_NODE) {
      const textNode = node as Text;
      if (pendingBreak && length > 0) {
        parts.push('\n');
        length += 1;
      }
      pendingBreak = false;
      search.nodes.push(textNode);
      search.starts.push(length);
      parts.push(textNode.data);
      length += textNode.data.length;
    } else if (node.nodeType === Node.ELEMENT_NODE && !isSkipped(node as Element)) {
      if (BREAKING_ELEMENTS.has((node as Element).tagName.toUpperCase())) pendingBreak = true;
      descend = node.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && BREAKING_ELEMENTS.has((node as Element).tagName.toUpperCase())) pendingBreak = true;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
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
