/** Longest text taken from one mail body; the engine caps its own analysis separately. */
export const BODY_TEXT_LIMIT = 1_000_000;

// Never shown to the reader, so never part of what the engine reads.
const SKIPPED = new Set(['script', 'style', 'template', 'head', 'noscript', 'title', 'meta', 'link', 'iframe', 'object']);
// Separated from what follows by a blank line.
const PARAGRAPHS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl', 'hr', 'figure', 'address',
]);
// Start on a new line.
const LINES = new Set([
  'div', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'li', 'tr', 'dt', 'dd', 'form',
  'fieldset', 'legend', 'figcaption', 'center', 'caption', 'details', 'summary', 'tbody', 'thead', 'tfoot',
]);
const CELLS = new Set(['td', 'th']);
const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i;

interface Line {
  text: string;
  quoteDepth: number;
}

/** Collects text into lines, keeping the blank-line and quote structure a reader sees. */
class LineWriter {
  readonly lines: Line[] = [];
  private current: Line | null = null;
  private pendingBreaks = 0;
  private currentEndsWithSpace = false;
  length = 0;

  /** Asks for `count` line ends before the next text (1: new line, 2: blank line between). */
  requestBreak(count: number): void {
    this.pendingBreaks = Math.max(this.pendingBreaks, count);
  }

  /** `<br>`: ends the current line now, so consecutive breaks give empty lines as in the page. */
  lineBreak(quoteDepth: number): void {
    this.flushPending(quoteDepth);
    this.pushLine(this.current ?? { text: '', quoteDepth });
    this.current = null;
  }

  write(text: string, quoteDepth: number): void {
    if (text === '') return;
    this.flushPending(quoteDepth);
    if (!this.current) {
      text = text.trimStart();
      if (text === '') return;
      this.current = { text: '', quoteDepth };
      this.currentEndsWithSpace = false;
    } else if (this.currentEndsWithSpace && text.startsWith(' ')) {
      text = text.slice(1);
    }
    if (text === '') return;
    // Tracked, not read back with endsWith(): reading the end of a string built by += flattens it every time.
    this.currentEndsWithSpace = text.endsWith(' ');
    this.current.text += text;
    this.length += text.length;
  }

  finish(): Line[] {
    if (this.current) this.pushLine(this.current);
    this.current = null;
    while (this.lines.length > 0 && this.lines[this.lines.length - 1]!.text === '') this.lines.pop();
    return this.lines;
  }

  private flushPending(quoteDepth: number): void {
    if (this.pendingBreaks === 0) return;
    const breaks = this.pendingBreaks;
    this.pendingBreaks = 0;
    if (this.current) {
      this.pushLine(this.current);
      this.current = null;
    }
    if (this.lines.length === 0) return;
    const previousDepth = this.lines[this.lines.length - 1]!.quoteDepth;
    // A blank line between a quote and plain text belongs to neither, so it takes the shallower depth.
    const blankDepth = Math.min(previousDepth, quoteDepth);
    while (this.trailingBlankLines() < breaks - 1) this.pushLine({ text: '', quoteDepth: blankDepth });
  }

  private trailingBlankLines(): number {
    let count = 0;
    for (let index = this.lines.length - 1; index >= 0 && this.lines[index]!.text === ''; index--) count++;
    return count;
  }

  private pushLine(line: Line): void {
    this.lines.push({ text: line.text.trimEnd(), quoteDepth: line.quoteDepth });
    this.length += 1;
  }
}

function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || DISPLAY_NONE.test(element.getAttribute('style') ?? '');
}

function breakBefore(name: string): number {
  if (PARAGRAPHS.has(name)) return 2;
  return LINES.has(name) ? 1 : 0;
}

function render(lines: readonly Line[]): string {
  return lines
    .map(({ text, quoteDepth }) => {
      if (quoteDepth === 0) return text;
      const prefix = '>'.repeat(quoteDepth);
      return text === '' ? prefix : `${prefix} ${text}`;
    })
    .join('\n');
}

/** Work done between two chances for the page to run: well under the 50 ms that counts as a long task. */
const SLICE_MS = 8;
/** Nodes walked between two looks at the clock. */
const NODES_PER_CLOCK_CHECK = 256;

interface Scheduler {
  yield(): Promise<void>;
}

/** Lets the page handle input and paint before the walk goes on. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Readable plain text of a mail body, close to what `innerText` gives (jsdom has none, and a content script should
 * not force layout): block elements and `<br>` make new lines, paragraphs are separated by blank lines, hidden
 * elements, scripts and styles are skipped, and quoted replies (`blockquote`) are kept with `> ` before each line
 * so the engine can tell quoted history from new text. Walks without recursion, so deeply nested HTML cannot
 * exhaust the stack, and stops once `limit` characters are collected. A long body is read in slices with the page
 * running in between, so opening a very long message never blocks the webmail. Null when the body was taken out of
 * the page, or the walk's place moved out of the body, meanwhile: what was read is then not this message's text
 * (the page's change makes the caller read it again). `sliceMs` is the work between two turns for the page.
 */
export async function readTextOfElement(
  root: Element,
  limit: number = BODY_TEXT_LIMIT,
  sliceMs: number = SLICE_MS,
): Promise<string | null> {
  const wasInPage = root.isConnected;
  const writer = new LineWriter();
  let quoteDepth = 0;
  let preformatted = 0;

  const enter = (element: Element, name: string): void => {
    if (name === 'br') return writer.lineBreak(quoteDepth);
    writer.requestBreak(breakBefore(name));
    if (name === 'blockquote') quoteDepth++;
    if (name === 'pre' || name === 'textarea') preformatted++;
    if (CELLS.has(name) && element.previousElementSibling) writer.write(' ', quoteDepth);
  };
  const leave = (name: string): void => {
    writer.requestBreak(breakBefore(name));
    if (name === 'blockquote') quoteDepth--;
    if (name === 'pre' || name === 'textarea') preformatted--;
  };
  const writeText = (text: string): void => {
    if (preformatted === 0) return writer.write(text.replace(/\s+/g, ' '), quoteDepth);
    text.split(/\r?\n/).forEach((segment, index) => {
      if (index > 0) writer.lineBreak(quoteDepth);
      writer.write(segment, quoteDepth);
    });
  };

  let node: Node | null = root.firstChild;
  let sliceStart = performance.now();
  let walked = 0;
  while (node && writer.length < limit) {
    if (++walked % NODES_PER_CLOCK_CHECK === 0 && performance.now() - sliceStart >= sliceMs) {
      await yieldToPage();
      if ((wasInPage && !root.isConnected) || !root.contains(node)) return null;
      sliceStart = performance.now();
    }
    let descend = false;
    if (node.nodeType === 3) {
      writeText(node.nodeValue ?? '');
    } else if (node.nodeType === 1) {
      const element = node as Element;
      const name = element.localName;
      if (!SKIPPED.has(name) && !isHidden(element)) {
        enter(element, name);
        descend = node.firstChild !== null;
        if (!descend) leave(name);
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) leave((node as Element).localName);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return render(writer.finish()).slice(0, limit);
}
