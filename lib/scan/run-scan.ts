import { availableParallelism } from 'node:os';
import { AnalysisPool } from './analysis-pool';
import { parseScanArguments, SCAN_USAGE, type OutputFormat } from './cli-options';
import { formatJsonLine } from './format-jsonl';
import { formatSenderHeading, formatTextRecord, formatTextTotal } from './format-text';
import { formatDuration, ProgressLine, type ProgressMode } from './progress-line';
import { readInput } from './read-input';
import { RecordStore, toStoredRecord } from './record-store';
import type { ScanRecord } from './scan-record';
import type { TaskOutcome } from './scan-task';
import { escalateBySender, groupBySender } from './sender-groups';
import { addToTally, emptyTally, exitStatusFor, type ScanTally } from './tally';
import { walkInputs } from './walk-inputs';

export interface ScanOutput {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stdout and stderr are terminals: the progress line is shown on a terminal, unless JSON is piped on. */
  outIsTerminal?: boolean;
  errIsTerminal?: boolean;
  /** The width of the terminal stderr writes to. */
  errColumns?: number;
}

export interface ScanControl {
  /** Aborting stops the reading; what was read so far is reported. */
  signal?: AbortSignal;
}

/** Messages handed to the workers and not yet collected: enough to keep every worker busy, few enough to bound memory. */
const IN_FLIGHT_PER_JOB = 8;
const MAX_IN_FLIGHT_BYTES = 64 * 1024 * 1024;
export const INTERRUPTED_STATUS = 130;

interface InFlight {
  outcome: Promise<TaskOutcome | ScanRecord>;
  bytes: number;
  input: string;
  done: number;
}

function progressMode(format: OutputFormat, asked: boolean, output: ScanOutput): ProgressMode {
  if (asked) return output.errIsTerminal ? 'terminal' : 'lines';
  if (!output.errIsTerminal) return 'off';
  return format === 'jsonl' && !output.outIsTerminal ? 'off' : 'terminal';
}

function printer(format: OutputFormat, output: ScanOutput, progress: ProgressLine, tally: ScanTally) {
  return (record: ScanRecord): void => {
    addToTally(tally, record);
    switch (record.kind) {
      case 'unreadable':
        progress.note(`waakzaam scan: cannot read ${record.source}: ${record.reason}\n`);
        return;
      case 'skipped':
        progress.note(`waakzaam scan: skipped ${record.source}: ${record.reason}\n`);
        return;
      default:
        output.out(format === 'jsonl' ? `${formatJsonLine(record)}\n` : `${formatTextRecord(record)}\n`);
    }
  };
}

/**
 * Reads every input in order, message by message, on `jobs` worker threads, and keeps the records in `store` in the
 * order read (whatever the number of jobs). Skipped and unreadable inputs are reported at once. Returns a sentence
 * about what was left unread when the signal stopped it.
 */
async function readAll(
  paths: readonly string[],
  jobs: number,
  store: RecordStore,
  report: (record: ScanRecord) => void,
  progress: ProgressLine,
  signal: AbortSignal | undefined,
): Promise<string | undefined> {
  const pool = new AnalysisPool(jobs);
  const inFlight: InFlight[] = [];
  let inFlightBytes = 0;
  const collectOldest = async (): Promise<void> => {
    const oldest = inFlight.shift()!;
    inFlightBytes -= oldest.bytes;
    const outcome = await oldest.outcome;
    if (outcome.kind === 'skipped' || outcome.kind === 'unreadable') {
      report(outcome);
      return;
    }
    store.add('json' in outcome ? outcome : toStoredRecord(outcome));
    progress.messageDone(oldest.input, oldest.done);
  };
  let unread: string | undefined;
  try {
    inputs: for await (const item of walkInputs(paths)) {
      if (signal?.aborted) {
        unread = `${item.path} and any inputs after it`;
        break;
      }
      if (item.kind === 'problem') {
        inFlight.push({ outcome: Promise.resolve({ kind: 'unreadable', source: item.path, reason: item.reason }), bytes: 0, input: item.path, done: 1 });
        continue;
      }
      for await (const step of readInput(item)) {
        if (signal?.aborted) {
          unread = `the rest of ${item.path} and any inputs after it`;
          break inputs;
        }
        const outcome = step.kind === 'task' ? pool.run(step.task) : Promise.resolve(step.record);
        const bytes = step.kind === 'task' ? step.bytes : 0;
        inFlight.push({ outcome, bytes, input: item.path, done: step.done });
        inFlightBytes += bytes;
        while (inFlight.length >= jobs * IN_FLIGHT_PER_JOB || inFlightBytes >= MAX_IN_FLIGHT_BYTES) await collectOldest();
      }
    }
    while (inFlight.length > 0) await collectOldest();
  } finally {
    await pool.close();
  }
  progress.clear();
  return unread;
}

/** The scan command: reads the arguments, scans every input in order, and returns the exit status. */
export async function runScan(args: readonly string[], output: ScanOutput, control: ScanControl = {}): Promise<number> {
  const command = parseScanArguments(args);
  if (command.kind === 'help') {
    output.out(SCAN_USAGE);
    return 0;
  }
  if (command.kind === 'usage-error') {
    output.err(`waakzaam scan: ${command.message}\n\n${SCAN_USAGE}`);
    return 2;
  }
  const started = performance.now();
  const jobs = command.jobs ?? availableParallelism();
  const progress = new ProgressLine(output.err, progressMode(command.format, command.progress, output), output.errColumns ?? 0);
  const tally = emptyTally();
  const report = printer(command.format, output, progress, tally);
  const store = new RecordStore();
  try {
    const unread = await readAll(command.paths, jobs, store, report, progress, control.signal);
    if (unread !== undefined) {
      progress.note(`waakzaam scan: interrupted; reporting the ${store.count + store.failedCount} messages read so far (not read: ${unread})\n`);
    }
    // Messages are reported once all are read: each is judged with what its sender sent before, in date order.
    const stage = `judging ${store.count} messages with what their senders sent before`;
    await escalateBySender(store, (done) => progress.stage(stage, done, store.count));
    progress.clear();
    for (const group of groupBySender(store)) {
      if (command.format === 'text') output.out(formatSenderHeading(group, store.read(group.members[0]!)));
      for (const index of group.members) report(store.read(index));
    }
    for (const record of store.failed()) report(record);
    if (command.format === 'text') output.out(formatTextTotal(tally));
    if (progress.mode !== 'off') {
      const seconds = (performance.now() - started) / 1000;
      const messages = store.count + store.failedCount;
      const perMessage = messages > 0 ? `, ${((seconds * 1000) / messages).toFixed(2)} ms a message` : '';
      const peakMegabytes = Math.round(process.resourceUsage().maxRSS / 1024);
      progress.note(
        `waakzaam scan: ${messages} ${messages === 1 ? 'message' : 'messages'} in ${formatDuration(seconds)}${perMessage} ` +
          `(${jobs} ${jobs === 1 ? 'job' : 'jobs'}); peak memory ${peakMegabytes} MB\n`,
      );
    }
    return unread === undefined ? exitStatusFor(tally) : INTERRUPTED_STATUS;
  } finally {
    store.dispose();
  }
}
