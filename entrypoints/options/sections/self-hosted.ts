import { i18n } from '#i18n';
import type { SettingsState } from '../../../lib/settings';
import { section, type SectionContext } from '../context';
import { listEditor } from '../list-editor';

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** "https://Mail.Example.org/roundcube/" gives "mail.example.org". */
export function normaliseHost(input: string): { value: string } | { error: string } {
  const value = input
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/:?#].*$/, '');
  return HOST.test(value) ? { value } : { error: i18n.t('options.selfHosted.invalid', [input.trim()]) };
}

/**
 * Roundcube installations on the organisation's own servers. Adding one asks the browser for access to that host
 * only (an optional permission); the worker then registers the webmail script there.
 */
export function selfHostedSection({ doc, actions }: Pick<SectionContext, 'doc' | 'actions'>) {
  const root = section(doc, 'self-hosted', i18n.t('options.selfHosted.title'), i18n.t('options.selfHosted.intro'));
  let hosts: string[] = [];
  const editor = listEditor(doc, {
    id: 'self-hosted-hosts',
    label: i18n.t('options.selfHosted.add'),
    placeholder: 'webmail.example.nl',
    emptyText: i18n.t('options.selfHosted.empty'),
    normalise: normaliseHost,
    add: async (host) => {
      if (!(await actions.requestHostAccess(host))) throw new Error(i18n.t('options.selfHosted.refused', [host]));
      await actions.update({ selfHostedHosts: [...hosts, host] });
    },
    remove: async (host) => {
      await actions.update({ selfHostedHosts: hosts.filter((item) => item !== host) });
      await actions.releaseHostAccess(host);
    },
  });
  root.append(editor.element);
  return {
    element: root,
    update(state: SettingsState) {
      hosts = state.user.selfHostedHosts ?? [];
      editor.update(
        state.settings.selfHostedHosts.map((value) => ({ value, fromPolicy: false })),
        state.policy.locked.includes('selfHostedHosts'),
      );
    },
  };
}
