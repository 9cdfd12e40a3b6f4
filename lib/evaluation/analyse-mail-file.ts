import { readFile } from 'node:fs/promises';
import { analyzeConversation, analyzeMessage } from '../engine';
import type { Analysis, MailMessage } from '../model';
import { parseMailFile } from '../mail/index';

export type FileAnalysis =
  | { ok: true; message: MailMessage; analysis: Analysis }
  | { ok: false; error: string };

type ParsedFile = { ok: true; message: MailMessage } | { ok: false; error: string };

async function readOneMessage(path: string): Promise<ParsedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, error: `cannot read: ${error instanceof Error ? error.message : String(error)}` };
  }
  return parseOneMessage(bytes);
}

async function parseOneMessage(bytes: Uint8Array): Promise<ParsedFile> {
  const entries = await parseMailFile(bytes);
  const first = entries[0];
  if (entries.length !== 1 || !first) return { ok: false, error: `expected one message, found ${entries.length}` };
  if (!first.result.ok) return { ok: false, error: first.result.error.reason };
  return { ok: true, message: first.result.message };
}

/**
 * Reads a file expected to hold exactly one message and runs the engine on it; `earlier` are files of the same
 * sender's earlier messages, read with it as its history is (an unreadable one is left out).
 */
export async function analyseMailFile(path: string, earlier: readonly string[] = []): Promise<FileAnalysis> {
  const parsed = await readOneMessage(path);
  if (!parsed.ok) return parsed;
  const history: MailMessage[] = [];
  for (const file of earlier) {
    const step = await readOneMessage(file);
    if (step.ok) history.push(step.message);
  }
  const analysis = history.length > 0 ? await analyzeConversation([...history, parsed.message]) : await analyzeMessage(parsed.message);
  return { ok: true, message: parsed.message, analysis };
}

/** Runs the engine on the bytes of exactly one message. */
export async function analyseMailBytes(bytes: Uint8Array): Promise<FileAnalysis> {
  const parsed = await parseOneMessage(bytes);
  return parsed.ok ? { ok: true, message: parsed.message, analysis: await analyzeMessage(parsed.message) } : parsed;
}
