/**
 * Cuts an mbox into its messages (RFC 4155 "From " separator lines, mboxrd ">From " quoting), from bytes that
 * arrive in chunks of any size, so a file of any size is read in bounded memory.
 */
import { MAX_MESSAGE_BYTES } from './parse-message';

const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
const FROM_SPACE = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "

/** A separator is decided on its first bytes; a longer unfinished line is message text and need not be held. */
const SEPARATOR_DECIDED_BYTES = 300;

export interface MboxPart {
  /** 1-based position of the message in the file. */
  index: number;
  /** The message; at most MAX_MESSAGE_BYTES + 1 bytes, so a longer one is still known to be too long. */
  bytes: Uint8Array;
  /** Bytes of the mbox consumed up to the end of this message. */
  endOffset: number;
}

function startsWithFromSpace(bytes: Uint8Array, at: number): boolean {
  return FROM_SPACE.every((byte, offset) => bytes[at + offset] === byte);
}

function lineEnd(bytes: Uint8Array, start: number): number {
  const newline = bytes.indexOf(LF, start);
  return newline === -1 ? bytes.length : newline;
}

function isBlankLine(bytes: Uint8Array, start: number, end: number): boolean {
  return end === start || (end === start + 1 && bytes[start] === CR);
}

// The separator carries the delivery time ("From sender@host Thu Aug 22 12:36:23 2002"); a body line that
// merely starts with "From " ("From 10 to 12 we meet") rarely has a time after the second word.
const separatorShape = /^From \S+ .*\d{1,2}:\d\d/;
const latin1 = new TextDecoder('latin1');

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
function withoutSeparatorBlankLine(bytes: Uint8Array): Uint8Array {
  let cut = bytes.length;
  if (cut > 0 && bytes[cut - 1] === LF) cut--;
  if (cut > 0 && bytes[cut - 1] === CR) cut--;
  return bytes.subarray(0, cut);
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Feed it the mbox in chunks (`push`), then `finish`; each returns the messages completed so far. It holds one
 * message (up to the reading limit) and at most a short unfinished line, whatever the size of the file.
 */
export class MboxSplitter {
  private index = 0;
  /** Bytes of the file before the current chunk. */
  private consumed = 0;
  private parts: Uint8Array[] = [];
  private kept = 0;
  /** An unfinished line short enough that it may still turn out to be a separator. */
  private carry: Uint8Array = new Uint8Array(0);
  /** The chunk ended inside a long line: the next one starts in the middle of it. */
  private midLine = false;
  private previousLineBlank = true;
  private firstLine = true;

  push(chunk: Uint8Array): MboxPart[] {
    const bytes = this.carry.length > 0 ? concat([this.carry, chunk], this.carry.length + chunk.length) : chunk;
    const base = this.consumed - this.carry.length;
    this.consumed += chunk.length;
    this.carry = new Uint8Array(0);
    const done: MboxPart[] = [];
    let messageFrom = 0;
    let lineStart = 0;
    while (lineStart < bytes.length) {
      const newline = bytes.indexOf(LF, lineStart);
      if (newline === -1) {
        const rest = bytes.length - lineStart;
        if (!this.midLine && rest < SEPARATOR_DECIDED_BYTES) {
          this.carry = bytes.slice(lineStart);
          this.keep(bytes.subarray(messageFrom, lineStart));
          return done;
        }
        this.midLine = true;
        this.previousLineBlank = false;
        break;
      }
      const continued = this.midLine;
      this.midLine = false;
      if (!continued && this.isSeparator(bytes, lineStart, newline)) {
        this.keep(bytes.subarray(messageFrom, lineStart));
        const finished = this.take(base + lineStart, true);
        if (finished) done.push(finished);
        this.index += 1;
        messageFrom = newline + 1;
        this.previousLineBlank = false;
      } else {
        this.previousLineBlank = !continued && isBlankLine(bytes, lineStart, newline);
      }
      this.firstLine = false;
      lineStart = newline + 1;
    }
    this.keep(bytes.subarray(messageFrom));
    return done;
  }

  finish(): MboxPart[] {
    this.keep(this.carry);
    this.carry = new Uint8Array(0);
    const last = this.take(this.consumed, false);
    return last ? [last] : [];
  }

  private isSeparator(bytes: Uint8Array, start: number, end: number): boolean {
    if (!startsWithFromSpace(bytes, start)) return false;
    if (this.firstLine) return true;
    if (!this.previousLineBlank) return false;
    return separatorShape.test(latin1.decode(bytes.subarray(start, Math.min(end, start + SEPARATOR_DECIDED_BYTES))));
  }

  /** Keeps message bytes up to one past the reading limit; the rest of a huge message is passed over. */
  private keep(bytes: Uint8Array): void {
    if (this.index === 0 || bytes.length === 0) return;
    const room = MAX_MESSAGE_BYTES + 1 - this.kept;
    if (room <= 0) return;
    const part = bytes.length > room ? bytes.subarray(0, room) : bytes;
    // Copied: the chunk it comes from is not kept.
    this.parts.push(part.slice());
    this.kept += part.length;
  }

  private take(endOffset: number, beforeSeparator: boolean): MboxPart | undefined {
    if (this.index === 0) return undefined;
    const whole = this.parts.length === 1 ? this.parts[0]! : concat(this.parts, this.kept);
    this.parts = [];
    this.kept = 0;
    return { index: this.index, bytes: unquoteFromLines(beforeSeparator ? withoutSeparatorBlankLine(whole) : whole), endOffset };
  }
}

/** Every message of an mbox held in memory. */
export function splitMbox(bytes: Uint8Array): MboxPart[] {
  const splitter = new MboxSplitter();
  return [...splitter.push(bytes), ...splitter.finish()];
}
