import { open, readFile } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { looksLikeCompoundFile, looksLikePst, MAX_MESSAGE_BYTES, MboxSplitter, openPst } from '../mail/index';
import { looksLikeMbox } from '../mail/sniff';
import type { ScanRecord } from './scan-record';
import type { ScanTask } from './scan-task';
import type { InputFile } from './walk-inputs';

/** What reading an input gives, message by message: work for an analysis worker, or a record already decided. */
export type InputStep = ({ kind: 'task'; task: ScanTask; bytes: number } | { kind: 'record'; record: ScanRecord }) & {
  /** How much of the input is read with this step, 0 to 1. */
  done: number;
};

/** Inside a folder, files with these names are expected to be mail, so failing to read them is a failure. */
const MAIL_EXTENSIONS = new Set(['.eml', '.mbox', '.mbx', '.msg', '.pst', '.ost', '']);

/** A Maildir keeps one message a file in `cur` and `new`, under names such as `1733390000.M5P7.host:2,S`. */
const MAILDIR_FOLDERS = new Set(['cur', 'new']);

/** Outlook keeps an item in one compound file; one larger than this is not a message anyone saved. */
export const MAX_MSG_FILE_BYTES = 256 * 1024 * 1024;

const READ_CHUNK_BYTES = 1024 * 1024;

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** The first bytes, to tell the format by content (names are unreliable: mbox files often have none), and the size. */
async function head(path: string): Promise<{ start: Uint8Array; size: number }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const start = new Uint8Array(8);
    const { bytesRead } = await handle.read(start, 0, start.length, 0);
    return { start: start.subarray(0, bytesRead), size };
  } finally {
    await handle.close();
  }
}

/** A single message, up to one byte past the reading limit so that a longer one is known to be longer. */
async function readMessageStart(path: string, size: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const bytes = new Uint8Array(Math.min(size, MAX_MESSAGE_BYTES + 1));
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    return bytesRead === bytes.length ? bytes : bytes.slice(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function* mboxSteps(path: string, size: number): AsyncGenerator<InputStep> {
  const splitter = new MboxSplitter();
  const stepsOf = (parts: ReturnType<MboxSplitter['push']>): InputStep[] =>
    parts.map((part) => ({
      kind: 'task',
      task: { source: `${path}#${part.index}`, payload: { kind: 'rfc822', bytes: part.bytes, mayBeStray: false } },
      bytes: part.bytes.length,
      done: size > 0 ? part.endOffset / size : 1,
    }));
  // One buffer, read into again and again: the splitter copies what it keeps, and memory does not fill with chunks
  // waiting to be collected.
  const chunk = new Uint8Array(READ_CHUNK_BYTES);
  const handle = await open(path, 'r');
  try {
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      yield* stepsOf(splitter.push(chunk.subarray(0, bytesRead)));
    }
  } finally {
    await handle.close();
  }
  yield* stepsOf(splitter.finish());
}

function* pstSteps(path: string): Generator<InputStep> {
  let archive;
  try {
    archive = openPst(path);
  } catch (error) {
    yield { kind: 'record', record: { kind: 'failed', source: path, error: `the Outlook archive could not be opened: ${describeReadError(error)}` }, done: 1 };
    return;
  }
  try {
    let seen = 0;
    for (const entry of archive.entries()) {
      seen += 1;
      const source = entry.index === null ? `${path}#${entry.folder}` : `${path}#${entry.folder}#${entry.index}`;
      const done = Math.min(1, (seen + archive.passedOver) / Math.max(1, archive.itemCount));
      yield 'error' in entry
        ? { kind: 'record', record: { kind: 'failed', source, error: entry.error }, done }
        : { kind: 'task', task: { source, payload: { kind: 'outlook', item: entry.item } }, bytes: entry.item.body.length + entry.item.html.length, done };
    }
  } finally {
    archive.close();
  }
}

/**
 * The messages of one file, read as they are needed: an mbox as a stream (one message in memory at a time), a .pst
 * item by item, an .eml or .msg whole. The format is told by content.
 */
export async function* readInput(file: InputFile): AsyncGenerator<InputStep> {
  try {
    const { start, size } = await head(file.path);
    if (looksLikeMbox(start)) {
      yield* mboxSteps(file.path, size);
    } else if (looksLikePst(start)) {
      yield* pstSteps(file.path);
    } else if (looksLikeCompoundFile(start)) {
      if (size > MAX_MSG_FILE_BYTES) {
        const reason = `the file is ${Math.round(size / 1024 / 1024)} MB, too large for an Outlook item`;
        yield { kind: 'record', record: { kind: 'failed', source: file.path, error: reason }, done: 1 };
        return;
      }
      const whole = new Uint8Array(await readFile(file.path));
      yield { kind: 'task', task: { source: file.path, payload: { kind: 'msg', bytes: whole } }, bytes: whole.length, done: 1 };
    } else {
      const named = MAIL_EXTENSIONS.has(extname(file.path).toLowerCase()) || MAILDIR_FOLDERS.has(basename(dirname(file.path)));
      const mayBeStray = file.insideFolder && !named;
      const bytes = await readMessageStart(file.path, size);
      yield { kind: 'task', task: { source: file.path, payload: { kind: 'rfc822', bytes, mayBeStray } }, bytes: bytes.length, done: 1 };
    }
  } catch (error) {
    yield { kind: 'record', record: { kind: 'unreadable', source: file.path, reason: describeReadError(error) }, done: 1 };
  }
}
