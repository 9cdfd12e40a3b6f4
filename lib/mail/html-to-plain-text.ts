import { convert, type HtmlToTextOptions } from 'html-to-text';
import { capHtmlNesting } from './cap-html-nesting';

/** Longest HTML body converted; the rest is dropped and the caller is told (see `MailParseResult.truncated`). */
export const MAX_HTML_CHARS = 4_000_000;

/** Headings keep their case: uppercasing would change the words the engine reads. */
const keepCaseAsWritten = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
  selector,
  options: { uppercase: false },
}));

const options: HtmlToTextOptions = {
  // Wrapping would break sentences across lines and split the phrases the engine looks for.
  wordwrap: false,
  selectors: [
    ...keepCaseAsWritten,
    // Mail layouts nest text in tables; a cell a block keeps sentences whole and words apart.
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'block' },
    { selector: 'th', format: 'block' },
    { selector: 'img', format: 'skip' },
    // The words of a link are what the reader sees; tracking URLs would only add noise.
    { selector: 'a', options: { ignoreHref: true } },
  ],
  // Hostile HTML (thousands of nested tags) must not exhaust the stack; deeper content becomes "…".
  limits: { maxDepth: 200, ellipsis: '…' },
};

export interface PlainTextResult {
  text: string;
  truncated: boolean;
}

/** The readable text of an HTML mail body, as a person would see it in a mail client. */
export function htmlToPlainText(html: string): PlainTextResult {
  const truncated = html.length > MAX_HTML_CHARS;
  const input = truncated ? html.slice(0, MAX_HTML_CHARS) : html;
  return { text: convert(capHtmlNesting(input), options).trim(), truncated };
}
