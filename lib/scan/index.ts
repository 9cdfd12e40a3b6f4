/** The scan command's parts: walking inputs, reading each file, analysing on worker threads, and printing results. */
export { runScan, INTERRUPTED_STATUS, type ScanControl, type ScanOutput } from './run-scan';
export { parseScanArguments, SCAN_USAGE, type OutputFormat, type ScanCommand } from './cli-options';
export { readInput, type InputStep } from './read-input';
export { runScanTask, type ScanTask, type TaskPayload } from './scan-task';
export { AnalysisPool } from './analysis-pool';
export { walkInputs, type InputItem } from './walk-inputs';
export { formatJsonLine } from './format-jsonl';
export { formatSenderHeading, formatTextRecord, formatTextTotal } from './format-text';
export { addToTally, emptyTally, exitStatusFor, type ScanTally } from './tally';
export type { ScanRecord, AnalysedRecord, FailedRecord, SkippedRecord, UnreadableRecord } from './scan-record';
export { escalateBySender, groupBySender, type SenderGroup } from './sender-groups';
export { RecordStore } from './record-store';
