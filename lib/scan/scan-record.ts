import type { Analysis, MailAddress } from '../model';

/** One message the engine read. */
export interface AnalysedRecord {
  kind: 'analysed';
  /** The path as given; `path#N` for the Nth message of an mbox file. */
  source: string;
  from: MailAddress;
  subject: string;
  analysis: Analysis;
  /** The message exceeded the reading limits and only its start was analysed. */
  truncated: boolean;
  /** The Date header (milliseconds since the epoch), when readable: the sender history goes in this order. */
  date?: number;
  /** Message-ID header, else the source: a message is counted once in the sender history. */
  id: string;
}

/** A message (or a whole file) that could not be read or analysed. */
export interface FailedRecord {
  kind: 'failed';
  source: string;
  error: string;
  from?: MailAddress;
  subject?: string;
}

/** A file inside a scanned folder that is plainly not mail (a README, an image). Named, never silent. */
export interface SkippedRecord {
  kind: 'skipped';
  source: string;
  reason: string;
}

/** A path given on the command line (or found in a folder) that could not be read at all. */
export interface UnreadableRecord {
  kind: 'unreadable';
  source: string;
  reason: string;
}

export type ScanRecord = AnalysedRecord | FailedRecord | SkippedRecord | UnreadableRecord;
