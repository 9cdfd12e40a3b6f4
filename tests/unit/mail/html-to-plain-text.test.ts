import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../../lib/mail/index';
import { MAX_HTML_CHARS } from '../../../lib/mail/html-to-plain-text';

describe('htmlToPlainText', () => {
  it('keeps long sentences on one line', () => {
    const sentence = 'This sentence is deliberately much longer than eighty characters so that any wrapping would show up here.';
    expect(htmlToPlainText(`<p>${sentence}</p>`).text).toBe(sentence);
  });

  it('keeps the words of links and drops their addresses and images', () => {
    const { text } = htmlToPlainText('<p>Write to me on <a href="https://example.org/x">my private address</a><img src="a.png" alt="pixel"> today.</p>');
    expect(text).toBe('Write to me on my private address today.');
  });

  it('keeps headings in their own case', () => {
    expect(htmlToPlainText('<h2>Quarterly Review</h2>').text).toBe('Quarterly Review');
  });

  it('keeps table cells apart', () => {
    const { text } = htmlToPlainText('<table><tr><td>first cell</td><td>second cell</td></tr></table>');
    expect(text).toMatch(/first cell\s+second cell/);
  });

  it('survives 20,000 nested elements', () => {
    const html = `${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}`;
    expect(() => htmlToPlainText(html)).not.toThrow();
  });

  it('cuts HTML over the size limit and says so', () => {
    const result = htmlToPlainText(`<p>${'a '.repeat(MAX_HTML_CHARS / 2 + 10)}</p>`);
    expect(result.truncated).toBe(true);
  });
});
