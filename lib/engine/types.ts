/** Shapes shared by the engine, the scan command and the extension. No browser or DOM types here. */

export const CATEGORY_IDS = [
  'diplomatic-sender',
  'sensitive-request',
  'payment-offer',
  'secrecy',
  'private-channel',
  'hospitality',
  'network-mapping',
  'unverifiable-organisation',
  'identity-mismatch',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];
export type Language = 'en' | 'nl';
export type Level = 'none' | 'low' | 'medium' | 'high';

export interface MailAddress {
  name: string;
  address: string;
}

/** One email as the engine sees it: what an adapter reads from a page, or the scan command from a file. */
export interface MailMessage {
  from: MailAddress;
  replyTo?: MailAddress[];
  subject: string;
  /** Plain text of the body. When only `html` is known, the caller turns it into text first. */
  text: string;
  html?: string;
}

/** Where a piece of evidence was found; `start`/`end` are offsets into that field's string. */
export type EvidenceField = 'from' | 'replyTo' | 'subject' | 'text';

export interface Evidence {
  text: string;
  start: number;
  end: number;
  field: EvidenceField;
}

export interface Signal {
  category: CategoryId;
  /** Points this category added to the score (0–100 scale, before combinations). */
  weight: number;
  /** Ids of the rules that fired, for people tuning the packs. */
  rules: string[];
  evidence: Evidence[];
}

export interface Analysis {
  level: Level;
  score: number;
  language: Language;
  signals: Signal[];
  /** One specific sentence a person understands, in the message's language. Empty when level is none. */
  summary: string;
  /** Ids of the combination rules that decided the level. */
  combinations: string[];
  /** True when the body was longer than the analysis cap and only its start was read. */
  capped: boolean;
  /** Set when the message reads as a security-awareness mail about such approaches; signals count less. */
  awareness: boolean;
}
