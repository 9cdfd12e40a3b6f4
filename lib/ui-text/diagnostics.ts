import { i18n } from '#i18n';
import type { AdapterReport } from '../model';

/**
 * One reader's selector report as lines of plain text for the user to copy and pass on: which dated selector
 * matched for each field, and which reader answered. It names selectors only and holds no mail content.
 */
export function reportLines(report: AdapterReport): string[] {
  return [
    i18n.t('popup.diagnosticsAdapter', [report.adapter]),
    ...(report.reader === 'heuristic' ? [i18n.t('popup.diagnosticsReaderHeuristic')] : []),
    ...(report.reader === 'adapter' ? [i18n.t('popup.diagnosticsReaderAdapter')] : []),
    i18n.t('popup.diagnosticsTime', [new Date(report.at).toISOString()]),
    ...report.fields.map((field) =>
      i18n.t('popup.diagnosticsField', [field.field, field.matched ?? i18n.t('popup.notFound'), String(field.tried)]),
    ),
  ];
}
