import { parseScanArguments, SCAN_USAGE, type OutputFormat } from './cli-options';
import { formatJsonLine } from './format-jsonl';
import { formatSenderHeading, formatTextRecord, formatTextTotal } from './format-text';
import { scanFile } from './scan-file';
import type { AnalysedRecord, FailedRecord, ScanRecord } from './scan-record';
import { escalateBySender } from './sender-groups';
import { addToTally, emptyTally, exitStatusFor } from './tally';
import { walkInputs, type InputItem } from './walk-inputs';

export interface ScanOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

async function recordsOf(item: InputItem): Promise<ScanRecord[]> {
  return item.kind === 'file' ? scanFile(item) : [{ kind: 'unreadable', source: item.path, reason: item.reason }];
}

function report(record: ScanRecord, format: OutputFormat, output: ScanOutput): void {
  switch (record.kind) {
    case 'unreadable':
      output.err(`waakzaam scan: cannot read ${record.source}: ${record.reason}\n`);
      return;
    case 'skipped':
      output.err(`waakzaam scan: skipped ${record.source}: ${record.reason}\n`);
      return;
    default:
      output.out(format === 'jsonl' ? `${formatJsonLine(record)}\n` : `${formatTextRecord(record)}\n`);
  }
}

/** The scan command: reads the arguments, scans every input in order, and returns the exit status. */
export async function runScan(args: readonly string[], output: ScanOutput): Promise<number> {
  const command = parseScanArguments(args);
  if (command.kind === 'help') {
    output.out(SCAN_USAGE);
    return 0;
  }
  if (command.kind === 'usage-error') {
    output.err(`waakzaam scan: ${command.message}\n\n${SCAN_USAGE}`);
    return 2;
  }
  const tally = emptyTally();
  // Messages are reported once all are read: each is judged with what its sender sent before, in date order.
  const analysed: AnalysedRecord[] = [];
  const failed: FailedRecord[] = [];
  for await (const item of walkInputs(command.paths)) {
    for (const record of await recordsOf(item)) {
      if (record.kind === 'analysed') analysed.push(record);
      else if (record.kind === 'failed') failed.push(record);
      else {
        addToTally(tally, record);
        report(record, command.format, output);
      }
    }
  }
  for (const group of await escalateBySender(analysed)) {
    if (command.format === 'text') output.out(formatSenderHeading(group));
    for (const record of group.records) {
      addToTally(tally, record);
      report(record, command.format, output);
    }
  }
  for (const record of failed) {
    addToTally(tally, record);
    report(record, command.format, output);
  }
  if (command.format === 'text') output.out(formatTextTotal(tally));
  return exitStatusFor(tally);
}
