import { describe, expect, it } from 'vitest';
import { MAX_HTML_NESTING, capHtmlNesting } from '../../../lib/mail/cap-html-nesting';

const depthOf = (html: string): number => {
  let depth = 0;
  let deepest = 0;
  for (const [, closing] of html.matchAll(/<(\/?)[a-z]+>/g)) {
    depth += closing ? -1 : 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
};

describe('capHtmlNesting', () => {
  it('leaves mail within the limit untouched, sloppy paragraphs and cells included', () => {
    const ordinary = `<table>${'<tr><td>cell<td>cell'.repeat(2_000)}</table>${'<p>para'.repeat(2_000)}<ul>${'<li>item'.repeat(900)}</ul>`;
    expect(capHtmlNesting(ordinary)).toBe(ordinary);
    const nested = `${'<div>'.repeat(MAX_HTML_NESTING)}deep${'</div>'.repeat(MAX_HTML_NESTING)}`;
    expect(capHtmlNesting(nested)).toBe(nested);
  });

  it('drops opening tags beyond the limit and keeps their text', () => {
    const capped = capHtmlNesting(`${'<b>word '.repeat(50_000)}`);
    expect(depthOf(capped)).toBe(MAX_HTML_NESTING);
    expect(capped.match(/word/g)).toHaveLength(50_000);
  });

  it('counts a closing tag only against an element that is open', () => {
    const capped = capHtmlNesting(`${'<i></x>'.repeat(MAX_HTML_NESTING * 2)}`);
    expect(capped.match(/<i>/g)).toHaveLength(MAX_HTML_NESTING);
  });
});
