import { i18n } from '#i18n';
import { reportLines } from '../../../lib/ui-text/diagnostics';
import type { AdapterReport } from '../../../lib/model';
import { element } from '../../../lib/ui/dom';
import { section, type SectionContext } from '../context';

/** The last selector report of each webmail reader: what a user passes on when a webmail changed its page. */
function allReportsText(reports: Record<string, AdapterReport>): string {
  return Object.values(reports)
    .map((report) => reportLines(report).join('\n'))
    .join('\n\n');
}

export function diagnosticsSection({ doc, actions }: Pick<SectionContext, 'doc' | 'actions'>) {
  const root = section(doc, 'diagnostics', i18n.t('popup.diagnosticsHeading'), i18n.t('popup.diagnosticsIntro'));
  const report = element(doc, 'pre', 'report');
  report.tabIndex = 0;
  root.append(report);
  const refresh = () =>
    actions.adapterReports().then((reports) => {
      report.textContent = Object.keys(reports).length > 0 ? allReportsText(reports) : i18n.t('options.diagnostics.none');
    });
  void refresh();
  return { element: root, update: () => void refresh() };
}
