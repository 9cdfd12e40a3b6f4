import { i18n } from '#i18n';
import type { ImportProblem } from '../../../lib/settings/backup';
import { button, element, statusLine } from '../../../lib/ui/dom';
import { section, type SectionContext } from '../context';

/** The message for each problem that stands somewhere in the file: where, then what (`$1`, `$2`). */
const PLACED_PROBLEMS = {
  'invalid-type': 'options.backup.invalidType',
  'invalid-value': 'options.backup.invalidValue',
  'unknown-key': 'options.backup.unknownKey',
  invalid: 'options.backup.invalid',
  'not-domain': 'options.backup.notDomain',
  'not-host': 'options.backup.notHost',
  'not-address': 'options.backup.notAddress',
  'too-many': 'options.backup.tooMany',
} as const;

/** zod's names for what a setting should be, in the reader's words. */
const TYPE_NAMES: Record<string, string> = {
  string: 'options.backup.type.text',
  number: 'options.backup.type.number',
  int: 'options.backup.type.number',
  boolean: 'options.backup.type.boolean',
  array: 'options.backup.type.list',
  object: 'options.backup.type.object',
  null: 'options.backup.type.empty',
};

const translate = (key: string, substitutions?: string[]) => (i18n.t as (key: string, substitutions?: string[]) => string)(key, substitutions);

export function problemText(problem: ImportProblem): string {
  switch (problem.code) {
    case 'not-json': {
      const [line, column] = problem.detail.split(':');
      return line && column ? i18n.t('options.backup.notJsonAt', [line, column]) : i18n.t('options.backup.notJson');
    }
    case 'invalid-type':
      return i18n.t('options.backup.invalidType', [
        problem.path || i18n.t('options.backup.wholeFile'),
        TYPE_NAMES[problem.detail] ? translate(TYPE_NAMES[problem.detail]!) : problem.detail,
      ]);
    case 'not-waakzaam':
      return i18n.t('options.backup.notWaakzaam');
    case 'newer-version':
      return i18n.t('options.backup.newerVersion', [problem.detail]);
    default:
      return i18n.t(PLACED_PROBLEMS[problem.code], [problem.path || i18n.t('options.backup.wholeFile'), problem.detail]);
  }
}

/** All the user's settings as one JSON file, and back; a file with anything wrong in it changes nothing. */
export function backupSection({ doc, actions }: Pick<SectionContext, 'doc' | 'actions'>) {
  const root = section(doc, 'backup', i18n.t('options.backup.title'), i18n.t('options.backup.intro'));
  const status = statusLine(doc, 'backup-status');
  const problems = element(doc, 'ul', 'problems');
  problems.id = 'import-problems';

  const exportButton = button(doc, i18n.t('options.backup.export'), () => {
    actions.exportSettings().then(
      (text) => {
        actions.download('waakzaam-settings.json', text);
        status.show(i18n.t('options.backup.exported'));
      },
      (error: unknown) => status.show(String(error), true),
    );
  });
  exportButton.id = 'export-settings';

  const fileInput = element(doc, 'input');
  fileInput.type = 'file';
  fileInput.id = 'import-settings';
  fileInput.accept = '.json,application/json';
  const label = element(doc, 'label', undefined, i18n.t('options.backup.import'));
  label.htmlFor = fileInput.id;
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    problems.replaceChildren();
    try {
      const result = await actions.importSettings(await file.text());
      if (result.ok) {
        status.show(i18n.t('options.backup.imported', [file.name]));
        return;
      }
      status.show(i18n.t('options.backup.refused', [file.name]), true);
      problems.replaceChildren(...result.problems.map((problem) => element(doc, 'li', undefined, problemText(problem))));
    } catch (error) {
      status.show(i18n.t('options.saveFailed', [error instanceof Error ? error.message : String(error)]), true);
    }
  });

  const row = element(doc, 'p', 'buttons');
  row.append(exportButton, label, fileInput);
  root.append(row, status.element, problems);
  return { element: root };
}
