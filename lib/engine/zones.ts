import type { BodyZone } from '../rules';
import { allLanguages } from '../rules/languages';
import { countLanguageWords, pickLanguage } from './language';
import type { Language, MailAddress } from '../model';

/** A paragraph of the body: consecutive non-blank lines of one zone. */
export interface Block {
  start: number;
  end: number;
  zone: BodyZone;
  language: Language;
  /**
   * Quoted text from the sender's side: what they wrote earlier (a nudge above it, "any news?", keeps that request
   * standing), or what someone at their own organisation wrote and they pass on ("see below what my director needs").
   */
  sendersOwn?: true;
  /**
   * Quoted text under a reply header that gives someone else's address: what the reader (or a third person) wrote,
   * answered here. The sender neither said nor asked it, so it forms no combination with the sender's own signs.
   */
  othersWords?: true;
}

/** Who wrote a quoted line, as far as its reply header tells. */
type QuoteAuthor = 'sender' | 'other' | 'unknown';

const REPLY_HEADER = allLanguages((words) => words.replyHeaders).map((source) => new RegExp(`^\\s*${source}\\s*$`, 'i'));

/** Whether a text is a reply header in any language, whole. */
function isReplyHeaderText(text: string): boolean {
  return REPLY_HEADER.some((pattern) => pattern.test(text));
}
const QUOTED_FROM_LABELS = allLanguages((words) => words.quotedFromLabels).join('|');
/** Outlook's quoted header: "From: …" then "Sent:" or "Date:" within the next lines. */
const OUTLOOK_FROM = new RegExp(`^\\s*(?:${QUOTED_FROM_LABELS}):\\s+\\S`, 'i');
const OUTLOOK_FROM_LABEL = new RegExp(`^\\s*(?:${QUOTED_FROM_LABELS}):`, 'i');
const OUTLOOK_SENT = new RegExp(`^\\s*(?:${allLanguages((words) => words.quotedDateLabels).join('|')}):\\s+\\S`, 'i');

/** A forward's banner line, which names nobody: "-------- Forwarded Message --------", "Begin forwarded message:". */
const FORWARD_BANNER = /^\s*(?:-{2,}.*-{2,}|Begin forwarded message:)\s*$/i;
/**
 * A line that closes a forward quoted inside the new text: a rule of dashes, underscores or equals signs, or "End of
 * forwarded message". An awareness mail shows an approach between such lines and goes on with its own advice below.
 */
const FORWARD_END = /^\s*(?:[-_=]{5,}|-*\s*End of forwarded message\s*-*)\s*$/i;
/** How many lines below a forward's banner line its From: line may stand. */
const FORWARD_FROM_REACH = 4;

const SIGNATURE_DELIMITER = /^--\s?$/;
/** A closing line, also beside another language's closing after a slash ("Mit freundlichen Grüßen / Best regards"). */
const CLOSING = new RegExp(
  `^\\s*(?:[^/\\n]{1,40}/\\s*)?(?:${allLanguages((words) => words.closings).join('|')})\\s*[,.!]?\\s*(?:/[^/\\n]{1,40})?$`,
  'i',
);

/** "PS:", "P.S.", "NB": a postscript's opening (not initials: "P. S. Kumar"). */
export const POSTSCRIPT = /^\s*(?:P\.?P?\.?S\.?|N\.?B\.?)(?![\p{L}])/iu;

const FOOTER = new RegExp(allLanguages((words) => words.footerCues).join('|'), 'i');

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    start = end + 1;
  }
  return lines;
}

/**
 * The reply header that starts at `index`, as one text: a single line, or a line and the next where a mail client
 * wrapped it ("On Tue, 3 Mar 2026 at 21:14, Ilse Verhoeven <ilse@norvane.com>" / "wrote:"); null when none starts there.
 */
function replyHeaderAt(lines: Line[], index: number): string | null {
  const line = lines[index]!.text;
  if (line.length > 300) return null;
  if (isReplyHeaderText(line)) return line;
  // Only a line that starts the header and a next line that does not hold one by itself.
  const next = lines[index + 1]?.text.replace(/^[\s>]+/, '');
  if (next && line.trim() !== '' && line.length + next.length <= 300 && !isReplyHeaderText(next)) {
    const joined = `${line} ${next}`;
    if (isReplyHeaderText(joined)) return joined;
  }
  if (!OUTLOOK_FROM.test(line)) return null;
  for (let after = index + 1; after <= index + 3 && after < lines.length; after++) {
    if (OUTLOOK_SENT.test(lines[after]!.text)) return line;
  }
  return null;
}

/** The sender, and the domain of their organisation when it is one (not free mail, where anyone can have an address). */
export interface SendersSide {
  sender: MailAddress;
  organisationDomain?: string;
}

/**
 * Whether a lower-cased line holds an address at `domain`, not at a longer domain that merely starts with it. A plain
 * search, not a pattern built from the domain: a hostile From header can make the domain any text at all.
 */
function namesDomain(line: string, domain: string): boolean {
  const needle = `@${domain.toLowerCase()}`;
  for (let at = line.indexOf(needle); at !== -1; at = line.indexOf(needle, at + 1)) {
    const next = line[at + needle.length];
    if (next === undefined || !/[\w.-]/.test(next)) return true;
  }
  return false;
}

/** Whether a reply header ("On …, Name wrote:", "From: Name <address>") names the sender or their organisation. */
function namesSendersSide(header: string, sender: MailAddress, organisationDomain: string | undefined): boolean {
  const line = header.toLowerCase();
  if (sender.address && line.includes(sender.address.toLowerCase())) return true;
  if (organisationDomain && namesDomain(line, organisationDomain)) return true;
  const name = sender.name?.toLowerCase().replace(/[^\p{L}\s'-]/gu, ' ').replace(/\s+/g, ' ').trim();
  return name !== undefined && name.split(' ').length >= 2 && line.includes(name);
}

const REPLY_HEADER_WORDS = new Set(allLanguages((words) => words.replyHeaderWords));

/**
 * The name words of a reply header that gives no address ("Am 21.11.2025 um 23:40 schrieb Ilse van Wijngaarden:",
 * "From: Joost van Dijk"): its capitalised words once the label, the date and the header's own wording are left out.
 */
function headerNameWords(header: string): string[] {
  const words = header.replace(OUTLOOK_FROM_LABEL, '').match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.filter((word) => /^\p{Lu}/u.test(word) && !REPLY_HEADER_WORDS.has(word.toLowerCase()));
}

/**
 * Whether a reply header without an address names someone other than the sender: it gives a name, and no word of it
 * is in the sender's name or mailbox ("Ilse" is not "Marcus Ebner", m.ebner@…; "Gert" is Gert Lammers).
 */
function namesSomeoneElse(header: string, sender: MailAddress): boolean {
  const names = headerNameWords(header).map((word) => word.toLowerCase());
  if (names.length === 0) return false;
  const own = `${sender.name ?? ''} ${sender.address.split('@')[0] ?? ''}`.toLowerCase();
  return !names.some((name) => own.includes(name));
}

/** The From: line a few lines below a forward's banner line, without its quote marks. */
function forwardAuthorLine(lines: Line[], bannerIndex: number): string | undefined {
  return lines
    .slice(bannerIndex + 1, bannerIndex + 1 + FORWARD_FROM_REACH)
    .map((line) => line.text.replace(/^[\s>]+/, ''))
    .find((text) => OUTLOOK_FROM.test(text));
}

/** A banner that says the text below is passed on, not answered: the sender adopts a forward, not a reply's quote. */
const FORWARD_WORD = /forward|doorgestuurd|weitergeleitet|\bfwd?\b/i;
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** Per line: who wrote it when it is quoted text under a reply header; 'unknown' for every other line. */
function quoteAuthors(lines: Line[], zones: readonly BodyZone[], side: SendersSide | undefined): QuoteAuthor[] {
  let current: QuoteAuthor = 'unknown';
  return lines.map((line, index) => {
    const unquoted = { ...line, text: line.text.replace(/^[\s>]+/, '') };
    const replyHeader = replyHeaderAt([unquoted, ...lines.slice(index + 1, index + 4)], 0);
    if (replyHeader !== null) {
      const banner = FORWARD_BANNER.test(unquoted.text);
      const header = banner ? (forwardAuthorLine(lines, index) ?? unquoted.text) : replyHeader;
      if (side !== undefined && namesSendersSide(header, side.sender, side.organisationDomain)) current = 'sender';
      else if (banner && FORWARD_WORD.test(unquoted.text)) current = 'unknown';
      else if (ADDRESS.test(header) || (side !== undefined && namesSomeoneElse(header, side.sender))) current = 'other';
      else current = 'unknown';
    }
    return zones[index] === 'quoted' ? current : 'unknown';
  });
}

/** The first reply header at or after `from`; `lines.length` when there is none. */
function firstReplyHeader(lines: Line[], from: number): number {
  for (let index = from; index < lines.length; index++) if (replyHeaderAt(lines, index) !== null) return index;
  return lines.length;
}

/** BodyZone of every line: quoted history, signature, or main text (footers are decided per paragraph). */
function lineZones(lines: Line[]): BodyZone[] {
  const zones: BodyZone[] = new Array(lines.length).fill('main');
  const quotedFrom = firstReplyHeader(lines, 0);
  // A forward closed by its own end line gives the text below it back to the sender, unless another header follows.
  const forwardEnd = FORWARD_BANNER.test(lines[quotedFrom]?.text ?? '')
    ? lines.findIndex((line, index) => index > quotedFrom && FORWARD_END.test(line.text))
    : -1;
  const resumesAt = forwardEnd !== -1 && firstReplyHeader(lines, forwardEnd + 1) === lines.length ? forwardEnd + 1 : lines.length;
  // The signature ends the sender's last stretch of text: above the quote, or below a forward that ends.
  const [lastFrom, lastTo] = resumesAt < lines.length ? [resumesAt, lines.length] : [0, quotedFrom];
  let signatureFrom = lastTo;
  // A closing formula only starts the signature in the last part of that text.
  const closingSearchFrom = lastFrom + Math.floor((lastTo - lastFrom) * 0.4);
  for (let index = lastFrom; index < lastTo; index++) {
    const text = lines[index]!.text;
    if (SIGNATURE_DELIMITER.test(text) || (index >= closingSearchFrom && text.length < 60 && CLOSING.test(text))) {
      signatureFrom = index;
      break;
    }
  }
  let postscript = false;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!.text;
    if ((index >= quotedFrom && index < resumesAt) || /^\s*>/.test(text)) zones[index] = 'quoted';
    else if (index >= signatureFrom && index < lastTo) {
      // A postscript below the signature is the sender's own text again, up to the next blank line.
      postscript = POSTSCRIPT.test(text) || (postscript && !/^\s*$/.test(text));
      zones[index] = postscript ? 'main' : 'signature';
    }
  }
  return zones;
}

/** A footer states what it is in its first sentences; a cue further into a long paragraph is part of that paragraph. */
const FOOTER_CUE_REACH = 600;

/**
 * Whether a paragraph is boilerplate like a legal or list footer: it opens with a footer cue and, unless it stands
 * after the closing formula, at least half of its sentences are such cues. One cue sentence added to a paragraph of
 * other content does not make it a footer.
 */
function readsAsFooter(text: string, block: Block): boolean {
  const sentences = text
    .slice(block.start, Math.min(block.end, block.start + FOOTER_CUE_REACH))
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => sentence.trim() !== '');
  if (sentences.length === 0 || !FOOTER.test(sentences[0]!)) return false;
  return block.zone === 'signature' || sentences.filter((sentence) => FOOTER.test(sentence)).length * 2 >= sentences.length;
}

/**
 * Splits a body into paragraphs, each with its zone and language. A footer is only a footer at the end of the new
 * text, after the signature, and only when it is boilerplate through and through: so one planted sentence ("If you
 * are not interested, just ignore this.") cannot make the paragraph around it count less.
 */
export function segmentBody(text: string, messageLanguage: Language, side?: SendersSide): Block[] {
  const lines = splitLines(text);
  const zones = lineZones(lines);
  const authors = quoteAuthors(lines, zones, side);
  const blocks: Block[] = [];
  let current: { start: number; end: number; zone: BodyZone; author: QuoteAuthor } | null = null;
  const flush = () => {
    if (!current) return;
    const language = pickLanguage(countLanguageWords(text, current.start, current.end), messageLanguage);
    const { start, end, zone, author } = current;
    blocks.push({
      start,
      end,
      zone,
      language,
      ...(author === 'sender' ? { sendersOwn: true as const } : author === 'other' ? { othersWords: true as const } : {}),
    });
    current = null;
  };
  lines.forEach((line, index) => {
    const zone = zones[index]!;
    const blank = /^[\s>]*$/.test(line.text);
    // A disclaimer often follows the signature without a blank line: it opens a paragraph of its own.
    const footerInSignature = zone === 'signature' && FOOTER.test(line.text);
    if (blank || footerInSignature || (current && (current.zone !== zone || current.author !== authors[index]))) flush();
    if (blank) return;
    if (!current) current = { start: line.start, end: line.end, zone, author: authors[index]! };
    else current.end = line.end;
  });
  flush();
  // From the end of the new text backwards: footers stand after the closing formula, or after the last paragraph
  // of the message when it has none; a paragraph followed by a closing is part of the message.
  let closingSeen = false;
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index]!;
    if (block.zone === 'quoted') {
      // Quoted mail keeps its sender's legal footer below the conversation: boilerplate, nobody's words.
      if (readsAsFooter(text, block)) {
        block.zone = 'footer';
        delete block.sendersOwn;
        delete block.othersWords;
      }
      continue;
    }
    if (block.zone === 'main' && POSTSCRIPT.test(text.slice(block.start, block.end))) continue;
    if (block.zone === 'signature') {
      closingSeen = true;
      if (readsAsFooter(text, block)) block.zone = 'footer';
      continue;
    }
    if (closingSeen || !readsAsFooter(text, block)) break;
    block.zone = 'footer';
  }
  return blocks;
}

/**
 * The body as the text model reads it: footers (disclaimers, legal notices, unsubscribe lines) blanked with spaces, so
 * that offsets still point into the body. Boilerplate is the same on approaches and on ordinary mail; read, a
 * company's disclaimer below an approach would outweigh the approach itself.
 */
export function withoutFooters(text: string, blocks: readonly Block[]): string {
  let result = '';
  let at = 0;
  for (const block of blocks) {
    if (block.zone !== 'footer') continue;
    result += text.slice(at, block.start) + ' '.repeat(block.end - block.start);
    at = block.end;
  }
  return at === 0 ? text : result + text.slice(at);
}

/** The paragraph that holds `position`, by binary search; null between paragraphs. */
export function blockAt(blocks: readonly Block[], position: number): Block | null {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle]!;
    if (position < block.start) high = middle - 1;
    else if (position >= block.end) low = middle + 1;
    else return block;
  }
  return null;
}
