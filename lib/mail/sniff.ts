/** Cheap checks on the first bytes of a file, so that non-mail is named as such instead of parsed as junk. */

const SNIFF_BYTES = 8192;

/** Text mail never contains NUL; images, archives and executables almost always do early on. */
export function looksLikeBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0) return true;
  }
  return false;
}

const FIRST_LINE_BYTES = 1000;
// A header field name is printable ASCII except the colon (RFC 5322 §2.2), followed by a colon.
const headerLine = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;

function firstNonBlankLine(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, FIRST_LINE_BYTES + SNIFF_BYTES));
  const withoutBom = head.replace(/^\u00ef\u00bb\u00bf/, '');
  const line = withoutBom.split(/\r?\n/).find((candidate) => candidate.trim() !== '');
  return line ?? '';
}

/** True when the data opens with a header field (optionally after blank lines), as every message does. */
export function looksLikeMailHeader(bytes: Uint8Array): boolean {
  return headerLine.test(firstNonBlankLine(bytes));
}

/** True when the data opens with an mbox "From " separator line. */
export function looksLikeMbox(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 5)) === 'From ';
}
