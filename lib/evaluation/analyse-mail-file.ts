import { readFile } from 'node:fs/promises';
import { analyzeMessage } from '../engine';
import type { Analysis, MailMessage } from '../model';
import { parseMailFile } from '../mail/index';

export type FileAnalysis =
  | { ok: true; message: MailMessage; analysis: Analysis }
  | { ok: false; error: string };

/** Reads a file expected to hold exactly one message and runs the engine on it. */
export async function analyseMailFile(path: string): Promise<FileAnalysis> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, error: `cannot read: ${error instanceof Error ? error.message : String(error)}` };
  }
  return analyseMailBytes(bytes);
}

/** Runs the engine on the bytes of exactly one message. */
export async function analyseMailBytes(bytes: Uint8Array): Promise<FileAnalysis> {
  const entries = await parseMailFile(bytes);
  const first = entries[0];
  if (entries.length !== 1 || !first) return { ok: false, error: `expected one message, found ${entries.length}` };
  if (!first.result.ok) return { ok: false, error: first.result.error.reason };
  const { message } = first.result;
  return { ok: true, message, analysis: await analyzeMessage(message) };
}
