// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { EVIDENCE_MARK_ATTRIBUTE, highlightEvidence } from '../../../lib/banner/highlight';
import { readTextOfElement } from '../../../lib/webmail/dom-text';

const STYLES =
  '<style>.gone { display: none } .invisible { visibility: hidden } .white { color: #fff }' +
  ' .away { position: absolute; left: -10000px } .inline { display: inline }</style>';

function bodyOf(html: string): HTMLElement {
  const body = document.createElement('div');
  // Test fixture markup only; neither the reader nor the highlighter parses HTML.
  body.innerHTML = STYLES + html;
  document.body.replaceChildren(body);
  return body;
}

function marked(body: Element): string[] {
  return [...body.querySelectorAll(`mark[${EVIDENCE_MARK_ATTRIBUTE}]`)].map((mark) => mark.textContent ?? '');
}

afterEach(() => document.body.replaceChildren());

describe('one walk over the visible text for reading and marking', () => {
  it('marks only where the reader read: hidden copies of a phrase are neither read nor marked', async () => {
    const body = bodyOf(
      '<p class="gone">send the roadmap</p><p class="invisible">send the roadmap</p><p class="white">send the roadmap</p>' +
        '<p class="away">send the roadmap</p><p>Please send the roadmap.</p>',
    );
    expect((await readTextOfElement(body))?.text).toBe('Please send the roadmap.');
    highlightEvidence(body, ['send the roadmap']);
    expect(marked(body)).toEqual(['send the roadmap']);
    expect(body.querySelector('p:last-of-type mark')).not.toBeNull();
  });

  it('marks a word the page splits over inline elements, which the reader reads as one word', async () => {
    const body = bodyOf('<div>the non-<div class="inline">pub</div><div class="inline">lic</div> data</div>');
    expect((await readTextOfElement(body))?.text).toBe('the non-public data');
    highlightEvidence(body, ['non-public data']);
    expect(marked(body)).toEqual(['non-', 'pub', 'lic', ' data']);
  });

  it('lets a phrase run on across a line the reader started, and not across hidden text between', async () => {
    const body = bodyOf('<p>keep this</p><p>between us</p><p>keep this<span class="gone"> secret</span> between us</p>');
    expect((await readTextOfElement(body))?.text).toBe('keep this\n\nbetween us\n\nkeep this between us');
    highlightEvidence(body, ['keep this between us']);
    expect(marked(body)).toEqual(['keep this', 'between us', 'keep this', ' between us']);
  });
});
