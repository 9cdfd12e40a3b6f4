import { browser } from 'wxt/browser';
import type { Analysis, MailMessage } from '../engine/types';
import type { AnalyzeRequest, WarmUpRequest } from './protocol';

/** Chromium stops an idle worker after 30 s; a click after a pause must find it starting, bursts of clicks need one. */
const WARM_UP_EVERY_MS = 1_000;
let lastWarmUp = -Infinity;

/** Wakes the background before a message opens, at most once a second; a failure only means it stays asleep. */
export function warmUpAnalysis(): void {
  const now = performance.now();
  if (now - lastWarmUp < WARM_UP_EVERY_MS) return;
  lastWarmUp = now;
  const request: WarmUpRequest = { type: 'waakzaam:warm-up' };
  browser.runtime.sendMessage(request).catch(() => undefined);
}

/** Asks the background (where the engine lives) to analyse one message; wakes the worker when it sleeps. */
export async function requestAnalysis(message: MailMessage): Promise<Analysis> {
  const request: AnalyzeRequest = { type: 'waakzaam:analyze', message };
  const analysis = (await browser.runtime.sendMessage(request)) as Analysis | undefined;
  if (!analysis) throw new Error('the background did not answer waakzaam:analyze');
  return analysis;
}
