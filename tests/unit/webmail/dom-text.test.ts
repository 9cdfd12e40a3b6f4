// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readTextOfElement } from '../../../lib/webmail/dom-text';

function textOf(html: string, limit?: number): Promise<string | null> {
  const element = document.createElement('div');
  element.innerHTML = html;
  return readTextOfElement(element, limit);
}

describe('readTextOfElement', () => {
  it('separates paragraphs with a blank line and collapses whitespace inside them', async () => {
    expect(await textOf('<p>First   paragraph\n  here.</p><p>Second.</p>')).toBe('First paragraph here.\n\nSecond.');
  });

  it('starts block elements on a new line without a blank line', async () => {
    expect(await textOf('<div>one</div><div>two</div>text<span> inline</span>')).toBe('one\ntwo\ntext inline');
  });

  it('turns <br> into line ends, and two of them into an empty line', async () => {
    expect(await textOf('Kind regards,<br>Alexei<br><br>Embassy')).toBe('Kind regards,\nAlexei\n\nEmbassy');
  });

  it('does not double the blank line when a paragraph ends in <br>', async () => {
    expect(await textOf('<p>one<br></p><p>two</p>')).toBe('one\n\ntwo');
  });

  it('skips scripts, styles, templates and elements hidden by attribute or inline style', async () => {
    const html =
      '<style>p{color:red}</style><script>var secret = 1;</script><template><p>template</p></template>' +
      '<p hidden>hidden attribute</p><p style="color: red; display : none">display none</p><p>visible</p>';
    expect(await textOf(html)).toBe('visible');
  });

  it('prefixes quoted replies with "> " per line, nested quotes deeper', async () => {
    const html =
      '<p>New text.</p><blockquote><p>Quoted one.</p><p>Quoted two.<br>Same quote.</p>' +
      '<blockquote>Older.</blockquote></blockquote><p>After.</p>';
    expect(await textOf(html)).toBe(
      'New text.\n\n> Quoted one.\n>\n> Quoted two.\n> Same quote.\n>\n>> Older.\n\nAfter.',
    );
  });

  it('keeps line breaks inside <pre>', async () => {
    expect(await textOf('<pre>dose  21 mJ\nfocus 40 nm</pre>')).toBe('dose  21 mJ\nfocus 40 nm');
  });

  it('puts table cells of one row on one line', async () => {
    expect(await textOf('<table><tr><td>Registration</td><td>EUR 650</td></tr><tr><td>Dinner</td></tr></table>')).toBe(
      'Registration EUR 650\nDinner',
    );
  });

  it('caps the output length', async () => {
    const long = await textOf(`<p>${'word '.repeat(1000)}</p><p>${'more '.repeat(1000)}</p>`, 100);
    expect(long?.length).toBe(100);
    expect(long?.startsWith('word word')).toBe(true);
  });

  it('handles nesting deeper than a recursive walk would like', async () => {
    // Built from the leaf up: jsdom itself recurses over ancestors when a node is attached.
    let current = document.createElement('div');
    current.textContent = 'deep';
    for (let depth = 0; depth < 5_000; depth++) {
      const parent = document.createElement('div');
      parent.appendChild(current);
      current = parent;
    }
    expect(await readTextOfElement(current)).toBe('deep');
  });

  it('reads a long body in slices and gives the same text as in one go', async () => {
    const paragraphs = Array.from({ length: 5_000 }, (_, index) => `<p>Paragraph ${index}</p>`).join('');
    const element = document.createElement('div');
    element.innerHTML = paragraphs;
    let yields = 0;
    const originalSetTimeout = globalThis.setTimeout;
    const counting = ((handler: () => void, ms?: number) => {
      yields += 1;
      return originalSetTimeout(handler, ms);
    }) as typeof setTimeout;
    globalThis.setTimeout = counting;
    try {
      // A slice of 0 ms: a turn for the page at every look at the clock, however fast this machine walks.
      const text = await readTextOfElement(element, undefined, 0);
      expect(text?.split('\n\n')).toHaveLength(5_000);
      expect(text?.endsWith('Paragraph 4999')).toBe(true);
    } finally {
      globalThis.setTimeout = originalSetTimeout;
    }
    expect(yields).toBeGreaterThan(0);
  });

  it('gives nothing when the body leaves the page while it is read in slices', async () => {
    const element = document.createElement('div');
    element.innerHTML = Array.from({ length: 5_000 }, (_, index) => `<p>Paragraph ${index}</p>`).join('');
    document.body.append(element);
    const reading = readTextOfElement(element, undefined, 0);
    // The webmail replaces the message while the first slice is read.
    setTimeout(() => element.remove(), 0);
    expect(await reading).toBeNull();
  });

  it('gives an empty string for an empty or whitespace-only body', async () => {
    expect(await textOf('')).toBe('');
    expect(await textOf('<div> \n </div><p>&nbsp;</p>')).toBe('');
  });
});
