// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readTextOfElement } from '../../../lib/webmail/dom-text';

/** The text of `html` read in the page, where computed styles apply, as a mail body is. */
async function readOf(html: string, limit?: number) {
  const element = document.createElement('div');
  element.innerHTML = html;
  document.body.append(element);
  try {
    return await readTextOfElement(element, limit);
  } finally {
    element.remove();
  }
}

async function textOf(html: string, limit?: number): Promise<string | null> {
  return (await readOf(html, limit))?.text ?? null;
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

  it('reads the start and the end of a body over the cap, and says it was capped', async () => {
    const long = await readOf(`<p>${'word '.repeat(1000)}</p><p>${'more '.repeat(1000)}</p><p>the approach at the end</p>`, 100);
    expect(long?.capped).toBe(true);
    expect(long?.text.length).toBeLessThanOrEqual(100);
    expect(long?.text.startsWith('word word')).toBe(true);
    expect(long?.text.endsWith('the approach at the end')).toBe(true);
    expect(await readOf('<p>short</p>', 100)).toEqual({ text: 'short', capped: false });
  });

  it('reads the end of one enormous line too', async () => {
    const long = await readOf(`<p>${'filler '.repeat(500)}then the request</p>`, 200);
    expect(long?.capped).toBe(true);
    expect(long?.text.endsWith('then the request')).toBe(true);
  });

  it('reads a word split over inline elements as one word, and block ones on their own lines', async () => {
    const html = '<style>.inline { display: inline } .block { display: block }</style>' +
      '<div>non-<div class="inline">pub</div><div class="inline">lic</div> data</div><p>one<span class="block">two</span></p>';
    expect(await textOf(html)).toBe('non-public data\n\none\ntwo');
  });

  it('leaves out text hidden by computed style: display, visibility, 0-px font, opacity, colour of its background, off screen', async () => {
    const html =
      '<style>.gone { display: none } .invisible { visibility: hidden } .tiny { font-size: 0 } .faint { opacity: 0 }' +
      ' .white { color: #fff } .away { position: absolute; left: -10000px } .shown { visibility: visible }</style>' +
      '<p class="gone">gone</p><p class="invisible">invisible <span class="shown">but this shows</span></p>' +
      '<p class="tiny">tiny</p><p class="faint">faint</p><p class="white">white on white</p>' +
      '<p style="background: #000" class="white">white on black</p><p class="away">away</p><p>plain</p>';
    expect(await textOf(html)).toBe('but this shows\n\nwhite on black\n\nplain');
  });

  it('reads <bdo dir="rtl"> and a reversed flex row in the order they are seen', async () => {
    expect(await textOf('<p>your <bdo dir="rtl">nigolb</bdo> files</p>')).toBe('your blogin files');
    expect(await textOf('<p style="display: flex; flex-direction: row-reverse"><span>files</span><span>design </span></p>')).toBe(
      'design files',
    );
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
    expect(await readTextOfElement(current)).toEqual({ text: 'deep', capped: false });
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
      const text = (await readTextOfElement(element, undefined, 0))?.text;
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
