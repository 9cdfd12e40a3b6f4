import type { Analysis, MailMessage } from '../engine/types';
import type { AdapterReport } from '../webmail/types';

/** Content script → background: analyse one message. The background answers with an `Analysis`. */
export interface AnalyzeRequest {
  type: 'waakzaam:analyze';
  message: MailMessage;
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
}

export type RuntimeRequest = AnalyzeRequest | TabStateRequest;
