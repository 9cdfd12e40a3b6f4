import { allLanguages } from '../rules';

/** How far a quotation around a hit is looked for, and how far before it the words that introduce it. */
const QUOTE_REACH = 400;
const INTRODUCTION_REACH = 120;

const OPENING = new Set(['“', '„', '«', '‘']);
const CLOSING = new Set(['”', '»', '’']);
const STRAIGHT = '"';
/** A letter next to ‘ or ’ makes it an apostrophe ("don’t"), not a quotation mark. */
const LETTER = /\p{L}/u;
/** "…, she wrote: …", "phrases such as …", "schreef de consultant onder meer: …", right before the quotation. */
const INTRODUCES = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${allLanguages((words) => words.reportingWords).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** A line ending in a colon, the quotation set out on the lines below it ("After the call came this:"), as bulletins cite. */
const DISPLAYED = /:[ \t]*\n(?:[ \t>]*\n)?[ \t>]*$/;

/** "as I wrote", "zoals ik zei": the sender speaking of themselves. */
const BY_THE_SENDER = new RegExp(`(?:^|[^\\p{L}\\p{N}'])(?:${allLanguages((words) => words.firstPerson).join('|')})(?![\\p{L}\\p{N}'])`, 'iu');

/** "… sent you a message:": a networking site's wrapper round the approach it passes on. */
const TO_THE_READER = new RegExp(`(?:^|[^\\p{L}])(?:${allLanguages((words) => words.addressedToReader).join('|')})(?![\\p{L}])`, 'iu');

/** Whether the sender speaks of themselves in `text` ("I", "we", "ons"). */
export function namesTheSender(text: string): boolean {
  return BY_THE_SENDER.test(text);
}

/** Where the quotation that holds `at` opens, within `from`…`to` of `text`; -1 when `at` stands in none. */
function quotationAround(text: string, at: number, end: number, from: number, to: number): number {
  const start = Math.max(from, at - QUOTE_REACH);
  let straight = 0;
  let opening = -1;
  let firstStraight = -1;
  for (let index = start; index < at; index++) {
    // Every quotation mark but the straight one lies above ASCII: most characters are passed over at once.
    const code = text.charCodeAt(index);
    if (code < 0x80 && code !== 0x22) continue;
    const char = text[index]!;
    if (char === STRAIGHT) {
      straight++;
      firstStraight = straight % 2 === 1 ? index : -1;
    } else if (OPENING.has(char) && !(char === '‘' && LETTER.test(text[index - 1] ?? ''))) opening = index;
    else if (CLOSING.has(char) && !(char === '’' && LETTER.test(text[index + 1] ?? ''))) opening = -1;
  }
  const limit = Math.min(to, end + QUOTE_REACH);
  const closes = (test: (char: string) => boolean): boolean => {
    for (let index = end; index < limit; index++) if (test(text[index]!)) return true;
    return false;
  };
  if (opening !== -1 && closes((char) => CLOSING.has(char))) return opening;
  if (firstStraight !== -1 && closes((char) => char === STRAIGHT)) return firstStraight;
  return -1;
}

/**
 * Whether a sign stands inside a quotation that the text introduces as someone else's words ("In messages read out in
 * court, the consultant wrote: “Keep this between us.”", or a quotation set out below a line ending in a colon): a news
 * item or a bulletin reports an approach, it does not make one. A quotation without such an introduction still counts:
 * senders quote themselves too, and a quotation introduced as sent to the reader is the approach itself.
 */
export function isReportedSpeech(text: string, start: number, end: number, blockStart: number, blockEnd: number): boolean {
  const opening = quotationAround(text, start, end, blockStart, blockEnd);
  if (opening === -1) return false;
  // A quotation set out as a paragraph of its own has its introduction at the end of the paragraph before.
  const inBlock = text.slice(Math.max(blockStart, opening - INTRODUCTION_REACH), opening);
  const before = text.slice(Math.max(0, opening - INTRODUCTION_REACH), opening);
  const named = INTRODUCES.exec(inBlock);
  const displayed = named ? null : DISPLAYED.exec(before);
  const introduction = displayed ? before : inBlock;
  const introduced = named ?? displayed;
  if (!introduced || TO_THE_READER.test(introduction)) return false;
  // The words just before the introducing word say who speaks: "as I wrote" is the sender's own request.
  const speaker = introduction.slice(Math.max(0, introduced.index - 30), introduced.index + introduced[0].length);
  return !namesTheSender(speaker);
}

const OTHERS_CONDITION = new RegExp(`(?:^|[^\\p{L}])(?:${allLanguages((words) => words.othersConditions).join('|')})(?![\\p{L}])`, 'iu');
const REPORT_INSTRUCTION = new RegExp(`,\\s*(?:then\\s+|dan\\s+)?(?:${allLanguages((words) => words.reportInstructions).join('|')})(?![\\p{L}])`, 'iu');

/**
 * Whether a sign stands in a warning's instruction about what others might do, between its condition and what the
 * reader should then do ("If anyone asks for internal details or wants to continue on WeChat, note it and tell
 * security."): it describes an approach, it does not make one. Within one sentence.
 */
export function isOthersActDescribed(text: string, start: number, end: number, sentenceStart: number, sentenceEnd: number): boolean {
  return OTHERS_CONDITION.test(text.slice(sentenceStart, start)) && REPORT_INSTRUCTION.test(text.slice(end, sentenceEnd));
}
