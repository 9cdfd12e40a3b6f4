// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { EVIDENCE_MARK_ATTRIBUTE, highlightEvidence, MAX_MARKS } from '../../../lib/banner/highlight';

let body: HTMLElement;

function setBody(html: string): void {
  body = document.createElement('div');
  // Test fixture markup only; the highlighter itself never parses HTML.
  body.innerHTML = html;
  document.body.replaceChildren(body);
}

function marks(): string[] {
  return [...body.querySelectorAll(`mark[${EVIDENCE_MARK_ATTRIBUTE}]`)].map((mark) => mark.textContent ?? '');
}

beforeEach(() => setBody(''));

describe('highlightEvidence', () => {
  it('wraps a phrase case-insensitively and across different whitespace', () => {
    setBody('<p>Please keep   this\n between US, and send the roadmap.</p>');
    const highlight = highlightEvidence(body, ['Keep this between us', 'ROADMAP']);

    expect(marks()).toEqual(['keep   this\n between US', 'roadmap']);
    expect(highlight.count).toBe(2);
  });

  it('wraps a phrase that runs across inline elements and paragraphs, one mark per text piece', () => {
    setBody('<p>we will <b>pay you</b> well</p><p>in cash</p>');
    highlightEvidence(body, ['will pay you well in cash']);

    expect(marks()).toEqual(['will ', 'pay you', ' well', 'in cash']);
  });

  it('leaves script and style alone', () => {
    setBody('<style>.fee { color: red }</style><script>var fee = 1;</script><p>A fee applies.</p>');
    highlightEvidence(body, ['fee']);

    expect(marks()).toEqual(['fee']);
    expect(body.querySelector('style')!.textContent).toBe('.fee { color: red }');
    expect(body.querySelector('script')!.textContent).toBe('var fee = 1;');
  });

  it('treats phrases as text, even when they look like markup', () => {
    setBody('<p>literal &lt;img src=x onerror=alert(1)&gt; here</p>');
    highlightEvidence(body, ['<img src=x onerror=alert(1)>']);

    expect(marks()).toEqual(['<img src=x onerror=alert(1)>']);
    expect(body.querySelector('img')).toBeNull();
  });

  it(`stops at ${MAX_MARKS} marks`, () => {
    setBody(`<p>${'fee '.repeat(MAX_MARKS * 2)}</p>`);
    const highlight = highlightEvidence(body, ['fee']);

    expect(highlight.count).toBe(MAX_MARKS);
    expect(marks()).toHaveLength(MAX_MARKS);
  });

  it('ignores phrases too short to mean anything', () => {
    setBody('<p>AI is in every paragraph</p>');
    expect(highlightEvidence(body, ['AI', ' ']).count).toBe(0);
  });

  it('restores the exact markup and text nodes when cleared', () => {
    setBody('<p>First fee, second Fee and a <i>gift</i>; fee.</p><p>fee</p>');
    const html = body.innerHTML;
    const text = body.textContent;
    const paragraphs = [...body.querySelectorAll('p')];
    const nodeCounts = paragraphs.map((p) => p.childNodes.length);
    const firstNode = paragraphs[0]!.firstChild;
    const lastNode = paragraphs[1]!.firstChild;

    const highlight = highlightEvidence(body, ['fee', 'gift']);
    expect(marks()).toEqual(['fee', 'Fee', 'gift', 'fee', 'fee']);
    expect(body.textContent).toBe(text);

    highlight.clear();
    highlight.clear();
    expect(body.innerHTML).toBe(html);
    expect(paragraphs.map((p) => p.childNodes.length)).toEqual(nodeCounts);
    expect(paragraphs[0]!.firstChild).toBe(firstNode);
    expect(paragraphs[1]!.firstChild).toBe(lastNode);
  });

  it('reads a body nested tens of thousands deep without running out of stack', () => {
    // Built from the leaf up: jsdom itself recurses over ancestors when a node is attached.
    let current = document.createElement('div');
    current.textContent = 'please send the unpublished roadmap';
    for (let depth = 0; depth < 20_000; depth++) {
      const parent = document.createElement('div');
      parent.appendChild(current);
      current = parent;
    }
    // Searched, not wrapped: wrapping so deep runs into jsdom's own recursion, which browsers do not have.
    expect(highlightEvidence(current, ['design files']).count).toBe(0);
  });

  it('merges overlapping phrases into one mark', () => {
    setBody('<p>send the unpublished process parameters please</p>');
    const highlight = highlightEvidence(body, ['unpublished process', 'process parameters']);
    expect(marks()).toEqual(['unpublished process parameters']);
    highlight.clear();
    expect(body.innerHTML).toBe('<p>send the unpublished process parameters please</p>');
  });
});
