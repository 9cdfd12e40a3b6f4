import { i18n } from '#i18n';
import type { AdapterReport } from '../../../lib/webmail/types';
import { element } from '../../../lib/ui/dom';
import { section, type SectionContext } from '../context';

/** The last selector report of each webmail reader: what a user passes on when a webmail changed its page. */
export function diagnosticsText(reports: Record<string, AdapterReport>): string {
  const lines: string[] = [];
  for (const report of Object.values(reports)) {
    lines.push(i18n.t('popup.diagnosticsAdapter', [report.adapter]), i18n.t('popup.diagnosticsTime', [new Date(report.at).toISOString()]));
    for (const field of report.fields) {
      lines.push(`  ${i18n.t('popup.diagnosticsField', [field.field, field.matched ?? i18n.t('popup.notFound'), String(field.tried)])}`);
    }
    lines.push('');
  }
  return lines.join('\n').trim();
}

export function diagnosticsSection({ doc, actions }: Pick<SectionContext, 'doc' | 'actions'>) {
  const root = section(doc, 'diagnostics', i18n.t('popup.diagnosticsHeading'), i18n.t('popup.diagnosticsIntro'));
  const report = element(doc, 'pre', 'report');
  report.tabIndex = 0;
  root.append(report);
  const refresh = () =>
    actions.adapterReports().then((reports) => {
      report.textContent = Object.keys(reports).length > 0 ? diagnosticsText(reports) : i18n.t('options.diagnostics.none');
    });
  void refresh();
  return { element: root, update: () => void refresh() };
}
