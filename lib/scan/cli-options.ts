export type OutputFormat = 'text' | 'jsonl';

export type ScanCommand =
  | { kind: 'help' }
  | {
      kind: 'scan';
      format: OutputFormat;
      paths: string[];
      /** Analysis worker threads; undefined means one per core. */
      jobs?: number;
      /** Show the progress line even when stderr is not a terminal or the output is piped JSON lines. */
      progress: boolean;
    }
  | { kind: 'usage-error'; message: string };

export const MAX_JOBS = 64;

export const SCAN_USAGE = `Usage: npm run scan -- [--format text|jsonl] [--jobs N] [--progress] <file|folder>...

Scans mail for signs of an approach by a foreign intelligence service, and prints a verdict per
message: grouped by sender, in date order, each judged with what that sender sent before (a
history kept in memory only). Reads .eml files, mbox files of any size (as a stream), Maildir
and other folders (recursively), Outlook items (.msg) and Outlook archives (.pst, folder by
folder). The format is told by content, not by name.

Options:
  --format text    a readable report with evidence and a total (default)
  --format jsonl   one JSON object per message, for scripts
  --jobs N         analyse on N worker threads (default: one per core); the output is the same
  --progress       show the progress line on stderr even when it would be silent (stderr not a
                   terminal, or JSON lines piped on)
  -h, --help       show this help

Ctrl-C stops reading and reports the messages read so far; a second Ctrl-C stops at once.

Exit status: 0 when every input was read, 2 when any file or message could not be read
or the command line was wrong, 130 when interrupted.
`;

const formats: readonly OutputFormat[] = ['text', 'jsonl'];

function isFormat(value: string | undefined): value is OutputFormat {
  return formats.includes(value as OutputFormat);
}

/** `--name value` or `--name=value`: the value, and how many arguments it took. */
function optionValue(args: readonly string[], at: number, name: string): { value: string | undefined; used: number } {
  const arg = args[at] as string;
  return arg === name ? { value: args[at + 1], used: 2 } : { value: arg.slice(name.length + 1), used: 1 };
}

const shown = (value: string | undefined): string => (value === undefined ? 'nothing' : `"${value}"`);

/** Reads the command line; never exits, so it can be tested. */
export function parseScanArguments(args: readonly string[]): ScanCommand {
  let format: OutputFormat = 'text';
  let jobs: number | undefined;
  let progress = false;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const { value, used } = optionValue(args, i, '--format');
      if (!isFormat(value)) return { kind: 'usage-error', message: `--format needs "text" or "jsonl", got ${shown(value)}` };
      format = value;
      i += used - 1;
    } else if (arg === '--jobs' || arg.startsWith('--jobs=')) {
      const { value, used } = optionValue(args, i, '--jobs');
      const count = Number(value);
      if (!value || !Number.isInteger(count) || count < 1 || count > MAX_JOBS) {
        return { kind: 'usage-error', message: `--jobs needs a whole number from 1 to ${MAX_JOBS}, got ${shown(value)}` };
      }
      jobs = count;
      i += used - 1;
    } else if (arg === '--progress') {
      progress = true;
    } else if (arg.startsWith('-')) {
      return { kind: 'usage-error', message: `unknown option ${arg}` };
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) return { kind: 'usage-error', message: 'no file or folder to scan' };
  return { kind: 'scan', format, paths, ...(jobs === undefined ? {} : { jobs }), progress };
}
