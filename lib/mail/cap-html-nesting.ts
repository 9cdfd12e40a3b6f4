/**
 * htmlparser2 (under html-to-text) keeps its open elements in an array it grows at the front, so each opening tag
 * costs time in proportion to the depth: hostile mail of a million nested tags would take hours. html-to-text shows
 * nothing below its own depth limit anyway, so opening tags that would sit deeper than this are dropped before
 * parsing; their text stays.
 */
export const MAX_HTML_NESTING = 400;

const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Opening one of these ends an open one of the group first ("<p>one<p>two", table cells), as parsers do. */
const ENDS_OPEN: Record<string, ReadonlySet<string>> = {
  p: new Set(['p']),
  li: new Set(['li']),
  dt: new Set(['dt', 'dd']),
  dd: new Set(['dt', 'dd']),
  option: new Set(['option']),
  td: new Set(['td', 'th']),
  th: new Set(['td', 'th']),
  tr: new Set(['tr', 'td', 'th']),
};
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;

/**
 * `html` with opening tags beyond MAX_HTML_NESTING removed. The depth counted here never falls below the parser's
 * (it closes no more than the parser does), so HTML within the limit reaches the parser unchanged.
 */
export function capHtmlNesting(html: string): string {
  const open: string[] = [];
  const openCount = new Map<string, number>();
  const popTo = (length: number) => {
    while (open.length > length) {
      const name = open.pop()!;
      openCount.set(name, openCount.get(name)! - 1);
    }
  };
  return html.replace(TAG, (tag: string, closing: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (VOID_ELEMENTS.has(name)) return tag;
    if (closing) {
      if (openCount.get(name)) popTo(open.lastIndexOf(name));
      return tag;
    }
    const ended = ENDS_OPEN[name];
    while (ended && open.length > 0 && ended.has(open[open.length - 1]!)) popTo(open.length - 1);
    if (open.length >= MAX_HTML_NESTING) return '';
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    return tag;
  });
}
