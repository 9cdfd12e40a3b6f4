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
 * The body's text prepared for searching, and for each of its characters the text node and the range in that node it
 * came from (`node` -1 for an implied break). Plain number arrays: a long mail has hundreds of thousands of them.
 */
interface SearchText {
  text: string;
  nodes: Text[];
  node: number[];
  start: number[];
  end: number[];
}

interface CreatedMark {
  mark: HTMLElement;
  splitBefore: boolean;
  splitAfter: boolean;
}

function isSkipped(element: Element): boolean {
  return SKIPPED_ELEMENTS.has(element.tagName.toUpperCase()) || element.hasAttribute(EVIDENCE_MARK_ATTRIBUTE);
}

/** Lower-cases one character without changing the length, so offsets stay aligned. */
function foldChar(char: string): string {
  const lower = char.toLowerCase();
  return lower.length === char.length ? lower : char;
}

/** The body's text, lower-cased, with every run of whitespace (and every block break) as one space. */
function searchableText(root: Element): SearchText {
  // Built as an array of runs and joined once: growing one string and reading its end is quadratic.
  const runs: string[] = [];
  const search: SearchText = { text: '', nodes: [], node: [], start: [], end: [] };
  let pendingBreak = false;
  let endsWithSpace = true; // nothing written yet: leading whitespace is dropped

  const addSpace = (nodeIndex: number, start: number, end: number) => {
    if (endsWithSpace) {
      const last = search.node.length - 1;
      // Widen the space already written when the run continues in the same node.
      if (last >= 0 && search.node[last] === nodeIndex && search.end[last] === start) search.end[last] = end;
      return;
    }
    runs.push(' ');
    search.node.push(nodeIndex);
    search.start.push(start);
    search.end.push(end);
    endsWithSpace = true;
  };

  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const textNode = node as Text;
      const data = textNode.data;
      if (pendingBreak) {
        addSpace(-1, 0, 0);
        pendingBreak = false;
      }
      const nodeIndex = search.nodes.push(textNode) - 1;
      for (const match of data.matchAll(/\s+|\S+/g)) {
        const run = match[0];
        const at = match.index;
        if (/^\s/.test(run)) {
          addSpace(nodeIndex, at, at + run.length);
          continue;
        }
        const lower = run.toLowerCase();
        runs.push(lower.length === run.length ? lower : Array.from(run, foldChar).join(''));
        for (let i = 0; i < run.length; i++) {
          search.node.push(nodeIndex);
          search.start.push(at + i);
          search.end.push(at + i + 1);
        }
        endsWithSpace = false;
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (isSkipped(element)) return;
    const breaks = BREAKING_ELEMENTS.has(element.tagName.toUpperCase());
    if (breaks) pendingBreak = true;
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (breaks) pendingBreak = true;
  };

  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  search.text = runs.join('');
  return search;
}

function foldPhrase(phrase: string): string {
  return Array.from(phrase.replace(/\s+/g, ' ').trim(), foldChar).join('');
}

/** Character ranges of each text node to wrap, merged where matches overlap. */
function rangesToWrap(search: SearchText, phrases: string[]): Map<Text, Array<[number, number]>> {
  const byNode = new Map<Text, Array<[number, number]>>();
  let pieces = 0;
  const folded = [...new Set(phrases.map(foldPhrase))]
    .filter((phrase) => phrase.length >= MIN_PHRASE_LENGTH)
    .sort((a, b) => b.length - a.length);

  for (const phrase of folded) {
    let from = 0;
    while (pieces < MAX_MARKS) {
      const at = search.text.indexOf(phrase, from);
      if (at === -1) break;
      from = at + phrase.length;
      for (let i = at; i < at + phrase.length; i++) {
        const nodeIndex = search.node[i] ?? -1;
        if (nodeIndex < 0) continue;
        const node = search.nodes[nodeIndex]!;
        const start = search.start[i]!;
        const end = search.end[i]!;
        const ranges = byNode.get(node) ?? [];
        const last = ranges[ranges.length - 1];
        if (last && i > at && last[1] >= start && last[0] <= start) {
          last[1] = Math.max(last[1], end);
        } else {
          ranges.push([start, end]);
          pieces++;
        }
        byNode.set(node, ranges);
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
