import fc from 'fast-check';
import { hostileText } from './hostile-text';

/** Charsets real and made up: decoders must fall back, not throw. */
const CHARSETS = ['utf-8', 'iso-8859-1', 'windows-1252', 'utf-16', 'utf-7', 'x-unknown-42', 'gb2312', '', '"', 'koi8-r'];
const ENCODINGS = ['7bit', '8bit', 'quoted-printable', 'base64', 'x-uuencode', 'binary', 'bogus'];
const LEAF_TYPES = ['text/plain', 'text/html', 'application/octet-stream', 'message/rfc822', 'text/x-unknown'];

const headerValue = fc.oneof(
  hostileText(120).map((text) => text.replace(/[\r\n]/g, ' ')),
  fc.constantFrom('=?x-bogus?B?////?=', '=?utf-8?Q?=FF=FE=?=', '=?utf-8?B?', '"unterminated <a@b', '<>', '@'),
);

const leaf = fc
  .record({
    type: fc.constantFrom(...LEAF_TYPES),
    charset: fc.constantFrom(...CHARSETS),
    encoding: fc.constantFrom(...ENCODINGS),
    body: fc.oneof(hostileText(1_500), fc.constantFrom('<div><p><b>unclosed', '=E9=\r\n=ZZ', 'PGRpdj5oaQ', '<<>>')),
  })
  .map(
    ({ type, charset, encoding, body }) =>
      `Content-Type: ${type}; charset=${charset}\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${body}\r\n`,
  );

/** A multipart part nested `depth` levels, children chosen by `child`. */
function multipart(depth: number, child: (level: number) => fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('mixed', 'alternative', 'related', 'x-weird'), fc.array(child(depth - 1), { minLength: 1, maxLength: 3 }))
    .map(([subtype, parts]) => {
      const boundary = `b${depth}`;
      return `Content-Type: multipart/${subtype}; boundary="${boundary}"\r\n\r\n${parts.map((part) => `--${boundary}\r\n${part}`).join('\r\n')}\r\n--${boundary}--\r\n`;
    });
}

const part = (level: number): fc.Arbitrary<string> => (level <= 0 ? leaf : fc.oneof(leaf, multipart(level, part)));

/** A chain of single-child multiparts `depth` deep, each level with its own boundary. */
export function nestedMultipart(depth: number, innermost: string): string {
  let body = innermost;
  for (let level = depth; level > 0; level--) {
    body = `Content-Type: multipart/mixed; boundary="n${level}"\r\n\r\n--n${level}\r\n${body}\r\n--n${level}--\r\n`;
  }
  return body;
}

const headers = fc
  .record({ from: headerValue, subject: headerValue, replyTo: headerValue })
  .map(({ from, subject, replyTo }) => `From: ${from}\r\nSubject: ${subject}\r\nReply-To: ${replyTo}\r\nMIME-Version: 1.0\r\n`);

/** A whole message, cut off somewhere with probability one in three (a truncated download or mbox). */
export const hostileMime: fc.Arbitrary<string> = fc
  .tuple(
    headers,
    fc.oneof(part(3), fc.integer({ min: 40, max: 60 }).chain((depth) => leaf.map((inner) => nestedMultipart(depth, inner)))),
    fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 2 }),
  )
  .map(([head, body, cut]) => {
    const message = head + body;
    return cut === null ? message : message.slice(0, Math.floor(message.length * cut));
  });

/** Messages joined into an mbox, with body lines that look like separators and mboxrd quoting. */
export const hostileMbox: fc.Arbitrary<string> = fc
  .array(fc.tuple(hostileMime, fc.constantFrom('', '>From quoted\n', 'From here to there\n', '\n>>From x\n')), {
    minLength: 1,
    maxLength: 5,
  })
  .map((messages) =>
    messages.map(([message, extra]) => `From sender@example.org Thu Aug 22 12:36:23 2002\n${message}\n${extra}\n`).join(''),
  );

const TAGS = ['div', 'b', 'table', 'tr', 'td', 'p', 'span', 'blockquote', 'ul', 'li', 'a', 'font', 'center', 'pre'];

/** HTML nested up to `maxDepth` levels, closed, unclosed or cut off. */
export const nestedHtml = (maxDepth: number): fc.Arbitrary<string> =>
  fc
    .record({
      tags: fc.array(fc.constantFrom(...TAGS), { minLength: 1, maxLength: 4 }),
      depth: fc.integer({ min: 1, max: maxDepth }),
      closed: fc.boolean(),
      text: hostileText(200),
    })
    .map(({ tags, depth, closed, text }) => {
      const opening = Array.from({ length: depth }, (_, index) => `<${tags[index % tags.length]}>`);
      const closing = closed ? [...opening].reverse().map((tag) => tag.replace('<', '</')) : [];
      return `${opening.join('')}${text}${closing.join('')}`;
    });
