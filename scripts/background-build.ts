/** Whether a build WXT starts is the one of the background script (Chromium's service worker, Firefox's page). */
export function isBackgroundBuild(options: { input?: unknown }): boolean {
  return JSON.stringify(options.input ?? null).includes('virtual:wxt-background-entrypoint');
}
