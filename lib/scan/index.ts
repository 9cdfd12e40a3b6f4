/** The scan command's parts: walking inputs, reading each file, and printing results as text or JSON lines. */
export { runScan, type ScanOutput } from './run-scan';
export { parseScanArguments, SCAN_USAGE, type OutputFormat, type ScanCommand } from './cli-options';
export { scanFile, MAX_FILE_BYTES } from './scan-file';
export { walkInputs, type InputItem } from './walk-inputs';
export { formatJsonLine } from './format-jsonl';
export { formatSenderHeading, formatTextRecord, formatTextTotal } from './format-text';
export { addToTally, emptyTally, exitStatusFor, type ScanTally } from './tally';
export type { ScanRecord, AnalysedRecord, FailedRecord, SkippedRecord, UnreadableRecord } from './scan-record';
export { escalateBySender, type SenderGroup } from './sender-groups';
