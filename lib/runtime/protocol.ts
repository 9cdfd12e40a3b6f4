import type { AdapterReport, Analysis, MailMessage } from '../model';
import type { Settings } from '../settings/schema';

/** One open message of the conversation, with the id the adapter gave it (the sender history counts it by this). */
export interface ThreadMessage {
  id: string;
  message: MailMessage;
  /** The reader cut the body to its start and end: the analysis says `capped` whatever the engine read. */
  capped?: boolean;
}

/**
 * Content script → background: analyse the open messages of a conversation, oldest first. The background answers
 * with one `Analysis` per message, in the same order, each in the light of the messages before it and of the
 * sender's history, and records them in that history.
 */
export interface AnalyzeRequest {
  type: 'waakzaam:analyze';
  messages: ThreadMessage[];
}

/**
 * Content script → background, when the reader clicks or navigates in webmail: a message is probably about to
 * open, so the worker starts (and readies the engine) while the webmail is still loading it. No answer.
 */
export interface WarmUpRequest {
  type: 'waakzaam:warm-up';
}

/**
 * Content script → background: the settings a webmail page works with. Pages do not read storage themselves, so
 * the settings module (and its checks) stays out of the content script; they ask again when storage changes.
 */
export interface PageSettingsRequest {
  type: 'waakzaam:page-settings';
}

export interface PageSettings {
  settings: Settings;
  /** Ids of the messages whose banner the reader dismissed. */
  dismissed: string[];
}

/** Something the reader did in a banner, or a selector report; the worker stores it. */
export type PageChange =
  | { kind: 'dismiss'; id: string }
  | { kind: 'trust-sender'; address: string }
  | { kind: 'adapter-report'; report: AdapterReport };

/** Content script → background: store a `PageChange`. Answered once it is stored; an error comes back as one. */
export interface PageChangeRequest {
  type: 'waakzaam:page-change';
  change: PageChange;
}

/** Popup → content script (through `tabs.sendMessage`): what is open in this tab. */
export interface TabStateRequest {
  type: 'waakzaam:tab-state';
}

export interface OpenMessageState {
  id: string;
  subject: string;
  from: string;
  analysis: Analysis;
  dismissed: boolean;
}

/** The content script's answer to `TabStateRequest`. */
export interface TabState {
  webmail: string;
  adapter: string;
  report: AdapterReport | null;
  messages: OpenMessageState[];
  /** Times a banner put itself back after the page removed or altered it. */
  bannerRemounts: number;
}

