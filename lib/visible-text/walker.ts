import {
  backgroundBehind,
  backgroundOf,
  hidesSubtree,
  hidesText,
  laysOutInRow,
  laysOutReversed,
  PAGE_BACKGROUND,
  staysInLine,
  type Rgb,
} from './rendered-style';

/** Never shown to the reader, so never read and never marked. */
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
const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i;
const TEXT_NODE = 3; // Node.TEXT_NODE, without reaching for the page's globals
const ELEMENT_NODE = 1;

/** How one entered element shows what it holds, from its computed style (null where the page gives none). */
export interface Frame {
  element: Element;
  style: CSSStyleDeclaration | null;
  /** Its own text cannot be seen (hidden, tiny, transparent, or the colour of its background). */
  textHidden: boolean;
  background: Rgb;
  /** Its children sit side by side in a flex row. */
  inRow: boolean;
}

/** What a walk tells the one who reads or marks the text. */
export interface VisibleTextVisitor {
  /** An element whose content is shown, entered; `parent` is the frame it stands in. */
  enter(element: Element, frame: Frame, parent: Frame): void;
  /** The same element, left after everything in it was visited. */
  leave(element: Element, frame: Frame, parent: Frame): void;
  /** A text node the reader can see. */
  text(node: Text, frame: Frame): void;
}

function hiddenByMarkup(element: Element): boolean {
  return element.hasAttribute('hidden') || DISPLAY_NONE.test(element.getAttribute('style') ?? '');
}

/**
 * Line ends before and after an element, as the browser lays it out: 2 for a blank line (a paragraph), 1 for a new
 * line, 0 for one that stays in the line (inline, a table cell, a child of a flex row). Without a computed style the
 * tag name decides.
 */
export function lineBreaksAround(frame: Frame, parent: Frame): number {
  const name = frame.element.localName;
  if (!frame.style) return PARAGRAPHS.has(name) ? 2 : LINES.has(name) ? 1 : 0;
  if (parent.inRow || staysInLine(frame.style) || frame.style.display === 'table-cell') return 0;
  return PARAGRAPHS.has(name) ? 2 : 1;
}

/**
 * The one walk over the text a person sees in an element, shared by the reader of mail bodies (what the engine reads)
 * and the evidence highlighter (what it marks), so that both see the same text. Elements and text the reader cannot
 * see are left out: scripts and the like, and by computed style what is not displayed, transparent, clipped or off
 * the screen, and text hidden, tiny, or in the colour of its background. Children of a reversed flex row are visited
 * last to first, in the order they are seen. Where the page gives no computed style (a detached element), tag names
 * decide, and the `hidden` attribute and inline `display: none` hide.
 *
 * Walks one node a `step()`, without recursion, so deeply nested HTML cannot exhaust the stack and a caller can
 * give the page a turn between steps.
 */
export class VisibleTextWalker {
  /** The window whose computed styles are read; null out of the page, where the browser computes none. */
  readonly view: Window | null;
  /** The node the next step visits; null once the walk is done. */
  next: Node | null;
  private readonly frames: Frame[];
  private readonly reversedChildren = new WeakSet<Node>();

  /** `skip` leaves out further elements with everything in them (the highlighter's own marks). */
  constructor(
    readonly root: Element,
    private readonly visitor: VisibleTextVisitor,
    private readonly skip: (element: Element) => boolean = () => false,
  ) {
    this.view = root.isConnected ? root.ownerDocument.defaultView : null;
    const style = this.styleOf(root);
    const background = style ? backgroundOf(style, backgroundBehind(root)) : PAGE_BACKGROUND;
    this.frames = [
      { element: root, style, textHidden: style !== null && hidesText(style, background), background, inRow: style !== null && laysOutInRow(style) },
    ];
    if (style && laysOutReversed(style)) this.reversedChildren.add(root);
    this.next = this.firstChildOf(root);
  }

  /** Visits `next` and moves on; false once the walk is done. */
  step(): boolean {
    const node = this.next;
    if (!node) return false;
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const frame = this.top();
      if (!frame.textHidden) this.visitor.text(node as Text, frame);
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (!SKIPPED.has(element.localName) && !this.skip(element)) {
        const style = this.styleOf(element);
        if (style ? !hidesSubtree(style) : !hiddenByMarkup(element)) {
          this.enter(element, style);
          descend = node.firstChild !== null && element.localName !== 'br';
          if (!descend) this.leave(element);
        }
      }
    }
    this.next = descend ? this.firstChildOf(node) : this.after(node);
    return this.next !== null;
  }

  /** Walks to the end. */
  walkAll(): void {
    while (this.step());
  }

  private top(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  private styleOf(element: Element): CSSStyleDeclaration | null {
    const style = this.view?.getComputedStyle(element);
    // A detached element has no computed style: the tag name decides then.
    return style && style.display !== '' ? style : null;
  }

  private enter(element: Element, style: CSSStyleDeclaration | null): void {
    const parent = this.top();
    const background = style ? backgroundOf(style, parent.background) : parent.background;
    const frame: Frame = {
      element,
      style,
      textHidden: style ? hidesText(style, background) : parent.textHidden,
      background,
      inRow: style !== null && laysOutInRow(style),
    };
    this.frames.push(frame);
    if (style && laysOutReversed(style)) this.reversedChildren.add(element);
    this.visitor.enter(element, frame, parent);
  }

  private leave(element: Element): void {
    const frame = this.frames.pop()!;
    this.visitor.leave(element, frame, this.top());
  }

  private firstChildOf(node: Node): Node | null {
    return this.reversedChildren.has(node) ? node.lastChild : node.firstChild;
  }

  private nextSiblingOf(node: Node): Node | null {
    return node.parentNode && this.reversedChildren.has(node.parentNode) ? node.previousSibling : node.nextSibling;
  }

  /** The node after `node` and everything in it, leaving each element the walk climbs out of. */
  private after(node: Node): Node | null {
    let current: Node | null = node;
    while (current && current !== this.root && !this.nextSiblingOf(current)) {
      current = current.parentNode;
      if (current && current !== this.root) this.leave(current as Element);
    }
    return current && current !== this.root ? this.nextSiblingOf(current) : null;
  }
}
