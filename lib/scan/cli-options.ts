export type OutputFormat = 'text' | 'jsonl';

export type ScanCommand =
  | { kind: 'help' }
  | { kind: 'scan'; format: OutputFormat; paths: string[] }
  | { kind: 'usage-error'; message: string };

export const SCAN_USAGE = `Usage: npm run scan -- [--format text|jsonl] <file|folder>...

Scans .eml files, mbox files and folders of them (recursively) for signs of an approach by a
foreign intelligence service, and prints a verdict per message: grouped by sender, in date
order, each judged with what that sender sent before (a history kept in memory only).

Options:
  --format text    a readable report with evidence and a total (default)
  --format jsonl   one JSON object per message, for scripts
  -h, --help       show this help

Exit status: 0 when every input was read, 2 when any file or message could not be read
or the command line was wrong.
`;

const formats: readonly OutputFormat[] = ['text', 'jsonl'];

function isFormat(value: string | undefined): value is OutputFormat {
  return formats.includes(value as OutputFormat);
}

/** Reads the command line; never exits, so it can be tested. */
export function parseScanArguments(args: readonly string[]): ScanCommand {
  let format: OutputFormat = 'text';
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (!isFormat(value)) {
        return { kind: 'usage-error', message: `--format needs "text" or "jsonl", got ${value === undefined ? 'nothing' : `"${value}"`}` };
      }
      format = value;
    } else if (arg.startsWith('-')) {
      return { kind: 'usage-error', message: `unknown option ${arg}` };
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) return { kind: 'usage-error', message: 'no file or folder to scan' };
  return { kind: 'scan', format, paths };
}
