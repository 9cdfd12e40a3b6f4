/**
 * FNV-1a (32 bit) over UTF-16 code units, as 8 hex digits. Ids only need to be stable for the same message
 * across re-renders, not secret, so no crypto API (which is async) is needed.
 */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
