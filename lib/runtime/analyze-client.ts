import { browser } from 'wxt/browser';
import type { Analysis } from '../model';
import type { AnalyzeRequest, ThreadMessage, WarmUpRequest } from './protocol';

/** Chromium stops an idle worker after 30 s; a click after a pause must find it starting, bursts of clicks need one. */
const WARM_UP_EVERY_MS = 1_000;

/**
 * A function that wakes the background before a message opens, at most once a second however often it is called; a
 * failure only means the worker stays asleep. One for each page.
 */
export function analysisWarmUp(): () => void {
  let lastWarmUp = -Infinity;
  return () => {
    const now = performance.now();
    if (now - lastWarmUp < WARM_UP_EVERY_MS) return;
    lastWarmUp = now;
    const request: WarmUpRequest = { type: 'waakzaam:warm-up' };
    browser.runtime.sendMessage(request).catch(() => undefined);
  };
}

/**
 * Asks the background (where the engine and the sender history live) to analyse the open messages of a
 * conversation, oldest first; wakes the worker when it sleeps. One analysis per message, in order.
 */
export async function requestAnalysis(messages: ThreadMessage[]): Promise<Analysis[]> {
  const request: AnalyzeRequest = { type: 'waakzaam:analyze', messages };
  const analyses = (await browser.runtime.sendMessage(request)) as Analysis[] | undefined;
  if (!Array.isArray(analyses) || analyses.length !== messages.length) {
    throw new Error('the background did not answer waakzaam:analyze with one analysis per message');
  }
  return analyses;
}
