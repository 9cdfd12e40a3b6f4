/** Cuts an mbox file into its messages (RFC 4155 "From " separator lines, mboxrd ">From " quoting). */

const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
const FROM_SPACE = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "

export interface MboxPart {
  /** 1-based position of the message in the file. */
  index: number;
  bytes: Uint8Array;
}

function startsWithFromSpace(bytes: Uint8Array, at: number): boolean {
  return FROM_SPACE.every((byte, offset) => bytes[at + offset] === byte);
}

function lineEnd(bytes: Uint8Array, start: number): number {
  const newline = bytes.indexOf(LF, start);
  return newline === -1 ? bytes.length : newline;
}

function followsBlankLine(bytes: Uint8Array, lineStart: number): boolean {
  // lineStart - 1 is the LF that ended the previous line; a blank line ends right before it.
  const previousEnd = bytes[lineStart - 2] === CR ? lineStart - 3 : lineStart - 2;
  return previousEnd < 0 || bytes[previousEnd] === LF;
}

// The separator carries the delivery time ("From sender@host Thu Aug 22 12:36:23 2002"); a body line that
// merely starts with "From " ("From 10 to 12 we meet") rarely has a time after the second word.
const separatorShape = /^From \S+ .*\d{1,2}:\d\d/;
const latin1 = new TextDecoder('latin1');

function isSeparator(bytes: Uint8Array, lineStart: number): boolean {
  if (!startsWithFromSpace(bytes, lineStart)) return false;
  if (lineStart === 0) return true;
  if (!followsBlankLine(bytes, lineStart)) return false;
  const line = latin1.decode(bytes.subarray(lineStart, Math.min(lineEnd(bytes, lineStart), lineStart + 300)));
  return separatorShape.test(line);
}

/** Removes one ">" from lines that are ">From ", ">>From ", … (mboxrd quoting of body lines). */
function unquoteFromLines(bytes: Uint8Array): Uint8Array {
  const kept: number[] = [];
  let lineStart = 0;
  while (lineStart < bytes.length) {
    let at = lineStart;
    while (bytes[at] === GT) at++;
    if (at > lineStart && startsWithFromSpace(bytes, at)) kept.push(lineStart);
    lineStart = lineEnd(bytes, lineStart) + 1;
  }
  if (kept.length === 0) return bytes;
  const out = new Uint8Array(bytes.length - kept.length);
  let written = 0;
  let copiedUpTo = 0;
  for (const quoteAt of kept) {
    out.set(bytes.subarray(copiedUpTo, quoteAt), written);
    written += quoteAt - copiedUpTo;
    copiedUpTo = quoteAt + 1;
  }
  out.set(bytes.subarray(copiedUpTo), written);
  return out;
}

/** Drops the one blank line that mbox writers put between a message and the next separator. */
function withoutSeparatorBlankLine(bytes: Uint8Array, start: number, end: number): Uint8Array {
  let cut = end;
  if (cut > start && bytes[cut - 1] === LF) cut--;
  if (cut > start && bytes[cut - 1] === CR) cut--;
  return bytes.subarray(start, cut);
}

export function splitMbox(bytes: Uint8Array): MboxPart[] {
  const separators: number[] = [];
  for (let lineStart = 0; lineStart < bytes.length; lineStart = lineEnd(bytes, lineStart) + 1) {
    if (isSeparator(bytes, lineStart)) separators.push(lineStart);
  }
  return separators.map((separatorStart, position) => {
    const bodyStart = Math.min(lineEnd(bytes, separatorStart) + 1, bytes.length);
    const next = separators[position + 1];
    const raw = next === undefined ? bytes.subarray(bodyStart) : withoutSeparatorBlankLine(bytes, bodyStart, next);
    return { index: position + 1, bytes: unquoteFromLines(raw) };
  });
}
