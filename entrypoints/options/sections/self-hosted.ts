import { i18n } from '#i18n';
import type { SettingsState } from '../../../lib/settings';
import { isHostName } from '../../../lib/settings/entry-rules';
import { isLocked, lockedNote, section, type SectionContext } from '../context';
import { listEditor } from '../list-editor';

/** "https://Mail.Example.org/roundcube/" gives "mail.example.org". */
export function normaliseHost(input: string): { value: string } | { error: string } {
  const value = input
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/:?#].*$/, '');
  return isHostName(value) ? { value } : { error: i18n.t('options.selfHosted.invalid', [input.trim()]) };
}

/**
 * Roundcube installations on the organisation's own servers. Adding one asks the browser for access to that host
 * only (an optional permission); the worker then registers the webmail script there.
 */
export function selfHostedSection({ doc, actions }: Pick<SectionContext, 'doc' | 'actions'>) {
  const root = section(doc, 'self-hosted', i18n.t('options.selfHosted.title'), i18n.t('options.selfHosted.intro'));
  const editor = listEditor(doc, {
    id: 'self-hosted-hosts',
    label: i18n.t('options.selfHosted.add'),
    placeholder: 'webmail.example.nl',
    emptyText: i18n.t('options.selfHosted.empty'),
    normalise: normaliseHost,
    add: async (host) => {
      if (!(await actions.requestHostAccess(host))) throw new Error(i18n.t('options.selfHosted.refused', [host]));
      await actions.update((user) => ({ selfHostedHosts: [...(user.selfHostedHosts ?? []), host] }));
    },
    remove: async (host) => {
      await actions.update((user) => ({ selfHostedHosts: (user.selfHostedHosts ?? []).filter((item) => item !== host) }));
      await actions.releaseHostAccess(host);
    },
  });
  const lock = lockedNote(doc);
  root.append(lock, editor.element);
  let drawn = 0;
  return {
    element: root,
    update(state: SettingsState) {
      const locked = isLocked(state, 'selfHostedHosts');
      lock.hidden = !locked;
      const hosts = state.settings.selfHostedHosts;
      editor.update(hosts.map((value) => ({ value, fromPolicy: false })), locked);
      // A host can be listed without access (settings imported from another computer): say so, offer to ask.
      const drawing = ++drawn;
      void Promise.all(hosts.map((host) => actions.hasHostAccess(host))).then((access) => {
        if (drawing !== drawn) return;
        editor.update(
          hosts.map((value, index) => ({
            value,
            fromPolicy: false,
            ...(access[index]
              ? {}
              : {
                  problem: {
                    text: i18n.t('options.selfHosted.noAccess'),
                    fix: i18n.t('options.selfHosted.allow'),
                    run: async () => {
                      if (!(await actions.requestHostAccess(value))) throw new Error(i18n.t('options.selfHosted.refused', [value]));
                    },
                  },
                }),
          })),
          locked,
        );
      });
    },
  };
}
