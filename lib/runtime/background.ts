import { browser } from 'wxt/browser';
import { loadEnglishTagger } from '../engine';
import { getSettings, senderHistoryLedger, watchSettings, type Settings } from '../settings';
import { answerAnalyzeRequest } from './analyze-handler';
import { isAnalyzeRequest, isWarmUpRequest } from './analyze-request';
import { warmUpEngine } from './warm-up';
import { registerSelfHostedScripts } from './self-hosted-scripts';

const TAGGER_AFTER_QUIET_MS = 3_000;

/**
 * The service worker: analyses messages for the content scripts and keeps the self-hosted webmail
 * registration in step with the settings and the granted permissions. Listeners are added synchronously
 * so a message that wakes the worker is not missed.
 */
export function startBackground(): void {
  let settings: Promise<Settings> = getSettings();
  let registration: Promise<unknown> = Promise.resolve();

  const syncRegistration = () => {
    registration = registration
      .then(async () => registerSelfHostedScripts((await settings).selfHostedHosts))
      .catch((error: unknown) => console.error('[waakzaam] could not register self-hosted webmail hosts', error));
  };

  // The English tagger takes a few hundred milliseconds to set up and blocks the worker meanwhile, so it is set up
  // only once the worker has been quiet for a while: not on the path of the message that woke the worker.
  let taggerTimer: ReturnType<typeof setTimeout> | undefined;
  browser.runtime.onMessage.addListener((request: unknown) => {
    if (isWarmUpRequest(request)) {
      warmUpEngine();
      return undefined;
    }
    if (!isAnalyzeRequest(request)) return undefined;
    clearTimeout(taggerTimer);
    const answer = settings.then((current) => answerAnalyzeRequest(request, current, senderHistoryLedger()));
    void answer.finally(() => {
      taggerTimer = setTimeout(() => void loadEnglishTagger(), TAGGER_AFTER_QUIET_MS);
    });
    return answer;
  });

  watchSettings((next) => {
    settings.then((previous) => {
      settings = Promise.resolve(next);
      if (previous.selfHostedHosts.join() !== next.selfHostedHosts.join()) syncRegistration();
    });
  });
  browser.permissions.onAdded.addListener(syncRegistration);
  browser.permissions.onRemoved.addListener(syncRegistration);
  syncRegistration();
}
