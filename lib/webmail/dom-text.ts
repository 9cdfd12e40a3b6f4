import { cellsTouch, generatedText, hidesText, mayGenerateText, overridesToRightToLeft, type Rgb } from '../visible-text/rendered-style';
import { lineBreaksAround, VisibleTextWalker, type Frame } from '../visible-text/walker';

/**
 * Longest text taken from one mail body: a longer body gives its start and its end within this, and says it
 * was capped. The engine caps its own analysis separately.
 */
export const BODY_TEXT_LIMIT = 1_000_000;

const CELLS = new Set(['td', 'th']);

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
  /** Set for the writer of a long body's end: only about this many of the last characters are kept. */
  private keepLast = Infinity;
  private firstKept = 0;

  /** From now on keeps only about the last `chars` characters (the end of a body that is too long). */
  keepOnlyLast(chars: number): void {
    this.keepLast = chars;
  }

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
    // One enormous line: its start is never read, so it need not be kept.
    if (this.current.text.length > 2 * this.keepLast) {
      const dropped = this.current.text.length - this.keepLast;
      this.current.text = this.current.text.slice(dropped);
      this.length -= dropped;
    }
  }

  finish(): Line[] {
    if (this.current) this.pushLine(this.current);
    this.current = null;
    if (this.firstKept > 0) this.lines.splice(0, this.firstKept);
    this.firstKept = 0;
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
    for (let index = this.lines.length - 1; index >= this.firstKept && this.lines[index]!.text === ''; index--) count++;
    return count;
  }

  private pushLine(line: Line): void {
    this.lines.push({ text: line.text.trimEnd(), quoteDepth: line.quoteDepth });
    this.length += 1;
    while (this.firstKept < this.lines.length - 1 && this.length - this.lines[this.firstKept]!.text.length - 1 >= this.keepLast) {
      this.length -= this.lines[this.firstKept]!.text.length + 1;
      this.firstKept += 1;
    }
    // Dropped lines are let go now and then, not one by one: shifting a long array for each line would be slow.
    if (this.firstKept > 4_096) {
      this.lines.splice(0, this.firstKept);
      this.firstKept = 0;
    }
  }
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

/** What the reader gives back: the text, and whether a long body was cut to its start and its end. */
export interface ReadText {
  text: string;
  capped: boolean;
}

/** Characters in reverse order, surrogate pairs kept whole. */
function reversed(text: string): string {
  return Array.from(text).reverse().join('');
}

/**
 * Readable plain text of a mail body, as the browser shows it (close to what `innerText` gives, without forcing
 * layout), from the walk over its visible text (lib/visible-text/walker.ts, which the evidence highlighter shares):
 * elements start new lines and paragraphs by their computed display (an inline `div` stays in the line, so a word
 * split over several reads as one), text a stylesheet adds with `::before`/`::after` is read, and text drawn right to
 * left by an override (`<bdo dir=rtl>`) is read in the order it is seen. Quoted replies (`blockquote`) are kept with
 * `> ` before each line so the engine can tell quoted history from new text.
 *
 * A body longer than `limit` gives its start and its end (the last half of `limit` at most), with `capped` set: an
 * approach may stand after a megabyte of filler. A long body is read in slices with the page running in between, so
 * opening a very long message never blocks the webmail. Null when the body was taken out of the page, or the walk's
 * place moved out of the body, meanwhile: what was read is then not this message's text (the page's change makes the
 * caller read it again). `sliceMs` is the work between two turns for the page.
 */
export async function readTextOfElement(
  root: Element,
  limit: number = BODY_TEXT_LIMIT,
  sliceMs: number = SLICE_MS,
): Promise<ReadText | null> {
  const wasInPage = root.isConnected;
  // Out of the page nothing is rendered: only in it can a stylesheet add text.
  const withPseudo = wasInPage && root.ownerDocument.defaultView !== null && mayGenerateText(root.ownerDocument);
  const head = new LineWriter();
  let tail: LineWriter | null = null;
  let writer = head;
  const half = Math.ceil(limit / 2);
  let quoteDepth = 0;
  let preformatted = 0;
  /** Text inside a right-to-left override, written reversed when the override ends. */
  let override: { element: Element; text: string } | null = null;

  const write = (text: string): void => {
    if (override) override.text += text;
    else writer.write(text, quoteDepth);
  };
  const writeGenerated = (element: Element, which: '::before' | '::after', background: Rgb): void => {
    if (!withPseudo) return;
    const style = walker.view!.getComputedStyle(element, which);
    if (hidesText(style, background)) return;
    const text = generatedText(style, element);
    if (text) write(text.replace(/\s+/g, ' '));
  };

  const walker = new VisibleTextWalker(root, {
    enter(element: Element, frame: Frame, parent: Frame): void {
      const name = element.localName;
      if (name === 'br') return writer.lineBreak(quoteDepth);
      const { style } = frame;
      writer.requestBreak(lineBreaksAround(frame, parent));
      if (name === 'blockquote') quoteDepth++;
      if (name === 'pre' || name === 'textarea') preformatted++;
      const previousCell = element.previousElementSibling;
      if (CELLS.has(name) && previousCell && !(style && walker.view && cellsTouch(previousCell, element))) write(' ');
      if (!override && style && overridesToRightToLeft(style)) override = { element, text: '' };
      writeGenerated(element, '::before', frame.background);
    },
    leave(element: Element, frame: Frame, parent: Frame): void {
      const name = element.localName;
      if (name === 'br') return;
      writeGenerated(element, '::after', frame.background);
      if (override?.element === element) {
        const text = reversed(override.text);
        override = null;
        write(text);
      }
      writer.requestBreak(lineBreaksAround(frame, parent));
      if (name === 'blockquote') quoteDepth--;
      if (name === 'pre' || name === 'textarea') preformatted--;
    },
    text(node: Text): void {
      const text = node.nodeValue ?? '';
      if (preformatted === 0) return write(text.replace(/\s+/g, ' '));
      text.split(/\r?\n/).forEach((segment, index) => {
        if (index > 0) writer.lineBreak(quoteDepth);
        write(segment);
      });
    },
  });

  let sliceStart = performance.now();
  let walked = 0;
  while (walker.next) {
    if (++walked % NODES_PER_CLOCK_CHECK === 0 && performance.now() - sliceStart >= sliceMs) {
      await yieldToPage();
      if ((wasInPage && !root.isConnected) || !root.contains(walker.next)) return null;
      sliceStart = performance.now();
    }
    if (!tail && head.length >= limit) {
      // The rest is read for its end only.
      tail = new LineWriter();
      tail.keepOnlyLast(half);
      writer = tail;
    }
    walker.step();
  }
  const start = render(head.finish());
  if (!tail && start.length <= limit) return { text: start, capped: false };
  const end = (tail ? render(tail.finish()) : start).slice(-half);
  return { text: `${start.slice(0, limit - end.length - 2)}\n\n${end}`, capped: true };
}
