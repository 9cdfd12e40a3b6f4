import { browser } from 'wxt/browser';
import { loadEnglishTagger } from '../engine';
import { getSettings, watchSettings, type Settings } from '../settings';
import { answerAnalyzeRequest } from './analyze-handler';
import { isAnalyzeRequest } from './analyze-request';
import { registerSelfHostedScripts } from './self-hosted-scripts';

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

  browser.runtime.onMessage.addListener((request: unknown) => {
    if (!isAnalyzeRequest(request)) return undefined;
    const answer = settings.then((current) => answerAnalyzeRequest(request, current));
    // Once the first answer is out, set up the English tagger so later messages that need it do not wait.
    void answer.finally(() => setTimeout(() => void loadEnglishTagger(), 0));
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
