/**
 * What the browser's computed styles say about how a mail body is shown, for the text reader: which elements and
 * text the reader cannot see, which elements break the line, text drawn right to left by an override, boxes laid
 * out in reverse, and text the stylesheet adds (`::before`/`::after`). Only computed styles are read, never layout,
 * so reading does not make the page lay itself out again.
 */

export type Rgb = readonly [number, number, number];

/** Page white: what shows behind text when no element sets a background. */
export const PAGE_BACKGROUND: Rgb = [255, 255, 255];

/** Further away than any mail lays text out for a reader: text placed there is put out of sight on purpose. */
const OFF_SCREEN_PX = -999;
/** Below this opacity an element is not seen. */
const INVISIBLE_OPACITY = 0.05;
/** Text smaller than this is not read by anyone. */
const UNREADABLE_FONT_PX = 2;
/** Colours this close in every channel are one colour to the eye. */
const SAME_COLOUR_DISTANCE = 12;

/** Parses `rgb(…)`/`rgba(…)` as computed styles give them; null for any other form. */
export function parseColour(value: string): { rgb: Rgb; alpha: number } | null {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!match) return value.trim() === 'transparent' ? { rgb: [0, 0, 0], alpha: 0 } : null;
  const alphaText = match[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  return { rgb: [Number(match[1]), Number(match[2]), Number(match[3])], alpha };
}

function sameColour(a: Rgb, b: Rgb): boolean {
  return a.every((channel, index) => Math.abs(channel - b[index]!) <= SAME_COLOUR_DISTANCE);
}

/** The background this element paints for what it holds, or `inherited` when its own is transparent. */
export function backgroundOf(style: CSSStyleDeclaration, inherited: Rgb): Rgb {
  const colour = parseColour(style.backgroundColor);
  return colour && colour.alpha > 0.5 ? colour.rgb : inherited;
}

/** The background behind `element` from its ancestors, for the first element the reader enters. */
export function backgroundBehind(element: Element): Rgb {
  const view = element.ownerDocument.defaultView;
  const chain: Element[] = [];
  for (let current = element.parentElement; current; current = current.parentElement) chain.unshift(current);
  let background = PAGE_BACKGROUND;
  for (const ancestor of chain) {
    const style = view?.getComputedStyle(ancestor);
    if (style) background = backgroundOf(style, background);
  }
  return background;
}

/** A length in pixels; NaN for anything else (browsers compute lengths to px, jsdom leaves `rem` and `em` as written). */
const px = (value: string): number => (value.endsWith('px') || value === '0' ? parseFloat(value) : NaN);

/** Hidden with everything in it: not displayed, transparent, clipped away or placed off the screen. */
export function hidesSubtree(style: CSSStyleDeclaration): boolean {
  if (style.display === 'none') return true;
  if (parseFloat(style.opacity) < INVISIBLE_OPACITY) return true;
  const positioned = style.position === 'absolute' || style.position === 'fixed';
  if (positioned && (px(style.left) < OFF_SCREEN_PX || px(style.top) < OFF_SCREEN_PX || px(style.right) < OFF_SCREEN_PX)) return true;
  if (px(style.textIndent) < OFF_SCREEN_PX) return true;
  if (/^rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)$/.test(style.clip)) return true;
  if (/^inset\((50|100)%\)$/.test(style.clipPath)) return true;
  const clipsOverflow = style.overflow === 'hidden' || style.overflow === 'clip';
  return clipsOverflow && (px(style.height) <= 1 || px(style.width) <= 1 || px(style.maxHeight) <= 1);
}

/** Text drawn with this style cannot be seen against `background`: hidden, tiny, transparent or in its colour. */
export function hidesText(style: CSSStyleDeclaration, background: Rgb): boolean {
  if (style.visibility === 'hidden' || style.visibility === 'collapse') return true;
  if (px(style.fontSize) < UNREADABLE_FONT_PX) return true;
  const fill = parseColour(style.getPropertyValue('-webkit-text-fill-color'));
  const colour = fill && fill.alpha > 0 ? fill : parseColour(style.color);
  if (!colour) return false;
  return colour.alpha < INVISIBLE_OPACITY || sameColour(colour.rgb, background);
}

const INLINE_DISPLAYS = new Set(['inline', 'inline-block', 'inline-flex', 'inline-grid', 'inline-table', 'contents', 'ruby', 'ruby-text']);

/** Whether this element's box sits in the line with its neighbours (no line break before or after it). */
export function staysInLine(style: CSSStyleDeclaration): boolean {
  return INLINE_DISPLAYS.has(style.display);
}

/** A flex container laying its children side by side: they read as one line. */
export function laysOutInRow(style: CSSStyleDeclaration): boolean {
  return (style.display === 'flex' || style.display === 'inline-flex') && style.flexDirection.startsWith('row');
}

/** Children shown from last to first. */
export function laysOutReversed(style: CSSStyleDeclaration): boolean {
  return laysOutInRow(style) && style.flexDirection === 'row-reverse';
}

/** Text whose characters are drawn right to left whatever they are (`<bdo dir=rtl>`, `unicode-bidi: bidi-override`). */
export function overridesToRightToLeft(style: CSSStyleDeclaration): boolean {
  return style.direction === 'rtl' && style.unicodeBidi.includes('override');
}

/** The text a `::before` or `::after` style adds: its quoted strings and `attr()` values, in order. */
export function generatedText(style: CSSStyleDeclaration, element: Element): string {
  const content = style.content;
  if (!content || content === 'none' || content === 'normal' || style.display === 'none') return '';
  let text = '';
  const token = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|attr\(\s*([\w-]+)\s*\)/g;
  for (let match = token.exec(content); match; match = token.exec(content)) {
    const quoted = match[1] ?? match[2];
    text += quoted !== undefined ? unescapeCss(quoted) : (element.getAttribute(match[3]!) ?? '');
  }
  return text;
}

function unescapeCss(text: string): string {
  return text.replace(/\\([0-9a-fA-F]{1,6}\s?|.)/g, (_, escape: string) =>
    /^[0-9a-fA-F]/.test(escape) ? String.fromCodePoint(parseInt(escape, 16)) : escape,
  );
}

/**
 * Whether any stylesheet the reader can see gives a `::before` or `::after` content: only then are the pseudo-elements
 * looked at, which saves two style lookups an element. Mail styles are always in the page (webmails inline them);
 * a sheet from another origin cannot be read and is the webmail's own.
 */
export function mayGenerateText(doc: Document): boolean {
  for (const sheet of doc.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of rules) {
      const text = rule.cssText;
      if (/::?(before|after)/i.test(text) && /content\s*:/i.test(text)) return true;
    }
  }
  return false;
}

/** The boxes of an element's text, from the layout the page already has; empty where there is none (jsdom). */
function textBoxes(element: Element): DOMRect[] {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  if (typeof range.getClientRects !== 'function') return [];
  return [...range.getClientRects()].filter((box) => box.width > 0 && box.height > 0);
}

/**
 * Whether the text of two neighbouring table cells is drawn as one run (no padding, spacing or border between): the
 * reader then sees one word, `sec|ret`, not two. Looks at layout, so only asked for cells.
 */
export function cellsTouch(previous: Element, cell: Element): boolean {
  const before = textBoxes(previous).at(-1);
  const after = textBoxes(cell)[0];
  if (!before || !after) return false;
  const sameLine = after.top < before.bottom && before.top < after.bottom;
  return sameLine && Math.abs(after.left - before.right) < 1;
}
