import { browser } from 'wxt/browser';
import type { Analysis, MailMessage } from '../engine/types';
import type { AnalyzeRequest } from './protocol';

/** Asks the background (where the engine lives) to analyse one message; wakes the worker when it sleeps. */
export async function requestAnalysis(message: MailMessage): Promise<Analysis> {
  const request: AnalyzeRequest = { type: 'waakzaam:analyze', message };
  const analysis = (await browser.runtime.sendMessage(request)) as Analysis | undefined;
  if (!analysis) throw new Error('the background did not answer waakzaam:analyze');
  return analysis;
}
