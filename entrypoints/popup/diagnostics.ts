import { i18n } from '#i18n';
import type { TabState } from '../../lib/runtime/protocol';
import { reportLines } from '../../lib/ui-text/diagnostics';

/** This tab's adapter report as plain text, headed by the extension version and the webmail. No mail content. */
export function diagnosticsText(state: TabState, version: string): string {
  const lines = [`${i18n.t('extName')} ${version}`, i18n.t('popup.webmail', [state.webmail])];
  if (state.bannerRemounts > 0) lines.push(i18n.t('popup.diagnosticsRemounts', [String(state.bannerRemounts)]));
  const { report } = state;
  if (!report) return [...lines, i18n.t('popup.diagnosticsAdapter', [state.adapter]), i18n.t('popup.diagnosticsNone')].join('\n');
  if (report.adapter !== state.adapter) lines.push(i18n.t('popup.diagnosticsAdapter', [state.adapter]));
  return [...lines, ...reportLines(report)].join('\n');
}
