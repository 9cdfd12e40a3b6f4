import { i18n } from '#i18n';
import type { TabState } from '../../lib/runtime/protocol';

/**
 * The adapter report as plain text for the user to copy and pass on: which dated selector matched for each
 * field. It names selectors only and holds no mail content.
 */
export function diagnosticsText(state: TabState, version: string): string {
  const lines = [`${i18n.t('extName')} ${version}`, i18n.t('popup.webmail', [state.webmail]), i18n.t('popup.diagnosticsAdapter', [state.adapter])];
  const report = state.report;
  if (!report) {
    lines.push(i18n.t('popup.diagnosticsNone'));
    return lines.join('\n');
  }
  if (report.adapter !== state.adapter) lines.push(i18n.t('popup.diagnosticsAdapter', [report.adapter]));
  lines.push(i18n.t('popup.diagnosticsTime', [new Date(report.at).toISOString()]));
  for (const field of report.fields) {
    lines.push(i18n.t('popup.diagnosticsField', [field.field, field.matched ?? i18n.t('popup.notFound'), String(field.tried)]));
  }
  return lines.join('\n');
}
