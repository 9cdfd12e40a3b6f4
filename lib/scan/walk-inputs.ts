import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface InputFile {
  kind: 'file';
  /** The path as the user gave it, or joined onto the folder they gave. */
  path: string;
  /** Found while walking a folder rather than named by the user. */
  insideFolder: boolean;
}

export interface InputProblem {
  kind: 'problem';
  path: string;
  reason: string;
}

export type InputItem = InputFile | InputProblem;

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many symbolic links';
  return error instanceof Error ? error.message : String(error);
}

// Byte order, not locale order, so the output is the same on every machine.
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `ancestors` holds the real paths of the folders above, so a link back up is named instead of looping. */
async function* walkFolder(folder: string, ancestors: ReadonlySet<string>): AsyncGenerator<InputItem> {
  let names: string[];
  let real: string;
  try {
    real = await realpath(folder);
    names = (await readdir(folder)).sort(byName);
  } catch (error) {
    yield { kind: 'problem', path: folder, reason: describeFsError(error) };
    return;
  }
  if (ancestors.has(real)) {
    yield { kind: 'problem', path: folder, reason: 'a symbolic link to a folder above it (not followed)' };
    return;
  }
  const withThis = new Set(ancestors).add(real);
  for (const name of names) {
    yield* walkPath(join(folder, name), true, withThis);
  }
}

async function* walkPath(path: string, insideFolder: boolean, ancestors: ReadonlySet<string>): AsyncGenerator<InputItem> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield { kind: 'problem', path, reason: describeFsError(error) };
    return;
  }
  if (info.isDirectory()) {
    yield* walkFolder(path, ancestors);
  } else if (info.isFile()) {
    yield { kind: 'file', path, insideFolder };
  } else {
    yield { kind: 'problem', path, reason: 'not a regular file or folder' };
  }
}

/** Every file under the given paths, folders walked recursively in sorted order; problems in place. */
export async function* walkInputs(paths: readonly string[]): AsyncGenerator<InputItem> {
  for (const path of paths) yield* walkPath(path, false, new Set());
}
