import { browser } from 'wxt/browser';
import { loadEnglishTagger, prepareAnalysis } from '../engine';
import { getSettings, refreshPolicyCopy, watchManagedPolicy, watchSettings, type Settings } from '../settings';
import { prepareSenderHistory, senderHistoryLedger } from '../settings/sender-history';
import { AnalysisOptions } from './analysis-options';
import { answerAnalyzeRequest } from './analyze-handler';
import { isAnalyzeRequest, isWarmUpRequest } from './analyze-request';
import { keepEnglishTaggerScript } from './english-tagger-script';
import { answerPageSettings, applyPageChange, isPageChangeRequest, isPageSettingsRequest } from './page-settings-handler';
import { registerSelfHostedScripts } from './self-hosted-scripts';

/** How long the worker waits after the last message before it does what can wait. */
const QUIET_MS = 3_000;

/**
 * The service worker: analyses messages for the content scripts and keeps the self-hosted webmail
 * registration in step with the settings and the granted permissions. Listeners are added synchronously
 * so a message that wakes the worker is not missed.
 */
export function startBackground(): void {
  if (!import.meta.env.FIREFOX) keepEnglishTaggerScript();
  let registration: Promise<unknown> = Promise.resolve();
  let registeredHosts: string | null = null;

  const syncRegistration = () => {
    registration = registration
      .then(async () => {
        const hosts = (await getSettings()).selfHostedHosts;
        registeredHosts = hosts.join();
        await registerSelfHostedScripts(hosts);
      })
      .catch((error: unknown) => console.error('[waakzaam] could not register self-hosted webmail hosts', error));
  };

  // A warm-up and the message right behind it share one read of the settings: a worker that has just started is
  // slow at everything, storage included.
  let settingsRead: Promise<Settings> | null = null;
  const currentSettings = () =>
    (settingsRead ??= getSettings().finally(() => {
      settingsRead = null;
    }));
  const analysisOptions = new AnalysisOptions();
  // Nearly every wake-up is for a message that needs them, so the reads start before the message is taken.
  currentSettings().catch(() => undefined);
  // Every context reads the policy from the copy the worker keeps: brought in step each time the worker starts and
  // whenever the policy changes.
  const refreshPolicy = () => void refreshPolicyCopy().catch(() => undefined);
  refreshPolicy();
  watchManagedPolicy(refreshPolicy);
  prepareSenderHistory();

  // The English tagger takes a few hundred milliseconds to set up and blocks the worker meanwhile, so it is set up
  // only once the worker has been quiet for a while: not on the path of the message that woke the worker. The daily
  // sweep of the sender history waits for the same quiet.
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  const whenQuiet = () => {
    void loadEnglishTagger();
    senderHistoryLedger()
      .sweep(Date.now())
      .catch(() => undefined);
  };
  browser.runtime.onMessage.addListener((request: unknown) => {
    if (isPageSettingsRequest(request)) return answerPageSettings();
    if (isPageChangeRequest(request)) return applyPageChange(request);
    if (isWarmUpRequest(request)) {
      void currentSettings().then((settings) => prepareAnalysis(analysisOptions.for(settings)));
      return undefined;
    }
    if (!isAnalyzeRequest(request)) return undefined;
    clearTimeout(quietTimer);
    // Read for every request (or shared with a read on its way): a change made in the options page applies to the very
    // next message.
    const answer = answerAnalyzeRequest(request, currentSettings(), senderHistoryLedger(), analysisOptions);
    void answer.finally(() => {
      quietTimer = setTimeout(whenQuiet, QUIET_MS);
    });
    return answer;
  });

  watchSettings((next) => {
    if (next.selfHostedHosts.join() !== registeredHosts) syncRegistration();
  });
  browser.permissions.onAdded.addListener(syncRegistration);
  browser.permissions.onRemoved.addListener(syncRegistration);
  // The registration outlives the worker (it persists across sessions), so it is checked when the extension is
  // installed or updated and when the browser starts, not each time the worker wakes up for a message.
  browser.runtime.onInstalled.addListener(syncRegistration);
  browser.runtime.onStartup.addListener(syncRegistration);
  // Compile the rules most people use unchanged (the warm-up compiles others) once this script has run: Chromium
  // hands the worker its waiting messages only after that, and the settings are on their way meanwhile.
  setTimeout(() => prepareAnalysis(), 0);
}
