import { expect, type Worker } from '@playwright/test';
import type { TabState } from '../../../lib/runtime/protocol';

/** The part of the extension's `chrome` API these helpers use inside the service worker. */
export interface WorkerChrome {
  tabs: {
    query(filter: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: { local: { set(items: object): Promise<void> } };
  scripting: { getRegisteredContentScripts(filter?: object): Promise<Array<{ id: string; matches?: string[] }>> };
}

/**
 * Asks every tab's content script for its state, the way the popup does (`waakzaam:tab-state`).
 * Tabs without a content script (about:blank) simply give no answer.
 */
export async function tabStates(worker: Worker): Promise<TabState[]> {
  return worker.evaluate(async () => {
    const { tabs } = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const answers = await Promise.all(
      (await tabs.query({})).map((tab) =>
        tab.id === undefined ? null : tabs.sendMessage(tab.id, { type: 'waakzaam:tab-state' }).catch(() => null),
      ),
    );
    return answers.filter((answer) => answer !== null && answer !== undefined);
  }) as Promise<TabState[]>;
}

/**
 * Waits until `count` tabs' content scripts answer, which they do once they have their settings: nothing of their
 * start is still on its way to the worker then.
 */
export async function waitForContentScripts(worker: Worker, count = 1): Promise<void> {
  await expect.poll(async () => (await tabStates(worker)).length).toBe(count);
}

/** Waits until the content script has analysed `count` open messages, and returns its state. */
export async function analysedState(worker: Worker, count: number, timeoutMs = 15_000): Promise<TabState> {
  const deadline = Date.now() + timeoutMs;
  let last: TabState[] = [];
  while (Date.now() < deadline) {
    last = await tabStates(worker);
    const done = last.find((state) => state.messages.length >= count);
    if (done) return done;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No tab reported ${count} analysed message(s); last answers: ${JSON.stringify(last).slice(0, 500)}`);
}
