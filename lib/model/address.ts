/** The domain of an address, lower-cased and trimmed (a stray `>` of `Name <a@b.c>` dropped); '' when it has none. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? '' : address.slice(at + 1).trim().toLowerCase().replace(/[>\s]+$/, '');
}
