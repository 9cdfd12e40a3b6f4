import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** The quality ledger: first readings of fresh blind sets, one table row each, newest last. */
export const LEDGER_PATH = 'docs/quality-ledger.md';

/** The newest first reading as the ledger writes it (its table row, cells joined), or null when there is none. */
export async function latestFirstReading(path = LEDGER_PATH): Promise<string | null> {
  if (!existsSync(path)) return null;
  // The mail sets' table: from its heading to the next one (the webmail pages have a table of their own).
  const text = await readFile(path, 'utf8');
  const start = text.indexOf('## First readings');
  const end = start === -1 ? -1 : text.indexOf('\n## ', start + 1);
  const section = start === -1 ? '' : text.slice(start, end === -1 ? undefined : end);
  const rows = section.split('\n').filter((line) => /^\|\s*\d{4}-\d{2}-\d{2}\s*\|/.test(line));
  const last = rows[rows.length - 1];
  if (!last) return null;
  return last
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .join(' · ');
}
