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

/** The steps of an approach, in the order a sentence about them names them; who the sender is is not a step. */
export const STEP_CATEGORIES: readonly CategoryId[] = [
  'sensitive-request',
  'network-mapping',
  'payment-offer',
  'hospitality',
  'private-channel',
  'secrecy',
];
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
  /**
   * Set only on evidence from an earlier message of a conversation: its position in the conversation, oldest 0.
   * Evidence without it comes from the analysed message itself.
   */
  message?: number;
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
  /** What the one-sentence explanation says, as data; the interface words it in its own language. Absent when level is none. */
  explanation?: Explanation;
  /** Ids of the combination rules that decided the level. */
  combinations: string[];
  /** True when the body was longer than the analysis cap and only its start was read. */
  capped: boolean;
  /** Set when the message reads as a security-awareness mail about such approaches; signals count less. */
  awareness: boolean;
  /**
   * Set when it reads as such a warning and shows at most one sign in the sender's own words (a report forwarding an
   * approach, a bulletin quoting them): the fitted reading does not raise it to a banner.
   */
  warningOnly?: true;
  /** The fitted decision's probability of an approach, in per cent (text model and rules together), when the pack has one. */
  modelScore?: number;
  /** Set when the message came without a sender address (a page whose header could not be read): signs that need it were left out. */
  senderUnknown?: true;
  /** Set when earlier contact with the same sender raised the level (see `analyzeConversation`). */
  escalation?: Escalation;
  /** The sender's history in plain words; set when there is any (a repeated or a first contact) and a level. */
  history?: HistoryNote;
}

/**
 * The explanation of a level, e.g. "A sender presenting as a diplomat asks for “unpublished process parameters” (EUV)
 * and offers money.", as data: lib/ui-text/explanation.ts words it with the interface's message ids. Only
 * `requestedObject` and `field` are words from the message, and they are shown as quotes.
 */
export interface Explanation {
  /** The categories present strongly enough to count (see `presentCategories`). */
  categories: CategoryId[];
  /** The words naming what is asked for, as the message has them, e.g. "unpublished process parameters". */
  requestedObject?: string;
  /** The sensitive field the request is about, as the message has it, e.g. "EUV". */
  field?: string;
  /** The message reads as a security-awareness mail about approaches. */
  awareness: boolean;
  /** The fitted reading of the whole wording carried the level beside the one sign the rules found. */
  wording?: true;
}

export interface Escalation {
  /** Ids of the escalation rules that held. */
  rules: string[];
  /** Points they added to the message's own score. */
  points: number;
  /** What the earlier messages of the conversation showed; each evidence names its message. */
  earlier: Signal[];
}

/** The sender's history as data; the interface words it, e.g. "Third message from this sender since 12 October 2026. Earlier: an invitation. Now: a request for …". */
export interface HistoryNote {
  /** Messages from this sender known on this device, this one included. */
  messages: number;
  /** When a message from this sender was first seen (milliseconds since the epoch), when known. */
  firstSeen?: number;
  /** Neither the sender nor its domain was seen before. */
  firstContact: boolean;
  /** The sender's domain was counted too (it is not a free-mail provider anyone can sign up to). */
  domainChecked: boolean;
  /** Steps seen in earlier contact, in the order they first appeared. */
  earlier: CategoryId[];
  /** Steps in the open message, in `STEP_CATEGORIES` order. */
  now: CategoryId[];
  /** The words naming what the open message asks for, as the message has them. */
  requestedObject?: string;
}

/** One earlier message of a sender as the history keeps it: when, and what it showed. No text. */
export interface HistoryEvent {
  at: number;
  categories: readonly CategoryId[];
}

/** What the device remembers of a sender from outside the conversation being analysed. */
export interface SenderHistoryContext {
  /** When a message from this address was first seen, if ever. */
  firstSeen?: number;
  /** Messages from this address seen before, not counting the conversation's own. */
  earlierMessages: number;
  /** Messages from any address at the sender's domain seen before, not counting the conversation's own. */
  earlierDomainMessages: number;
  /** The most recent of those earlier messages, oldest first. */
  timeline: readonly HistoryEvent[];
}
