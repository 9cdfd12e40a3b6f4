import { i18n } from '#i18n';
import type { Analysis, MailMessage } from '../../lib/model';
import { SettingLockedError, type SettingName, type SettingsState, type TermChange, type UserSettings } from '../../lib/settings';
import type { ImportResult } from '../../lib/settings/backup';
import { element } from '../../lib/ui/dom';
import type { AdapterReport } from '../../lib/model';

/** What the options page can do; main.ts passes the real ones, tests their own. */
export interface OptionsActions {
  /** New values, or a function from the stored settings to them (lists: change what is stored, not what was drawn). */
  update(change: UserSettings | ((current: UserSettings) => UserSettings)): Promise<unknown>;
  reset(names: SettingName[]): Promise<unknown>;
  /** Asks the browser for access to a self-hosted webmail host; must run inside the click that asked for it. */
  requestHostAccess(host: string): Promise<boolean>;
  releaseHostAccess(host: string): Promise<unknown>;
  hasHostAccess(host: string): Promise<boolean>;
  /** Analyses a message with the current settings, and `extraTerms` as if they were added. Nothing is stored. */
  analyze(message: MailMessage, extraTerms?: TermChange[]): Promise<Analysis>;
  exportSettings(): Promise<string>;
  importSettings(text: string): Promise<ImportResult>;
  exportUnreadable(): Promise<string | null>;
  discardUnreadable(): Promise<unknown>;
  adapterReports(): Promise<Record<string, AdapterReport>>;
  historySize(): Promise<number>;
  clearHistory(): Promise<unknown>;
  /** Offers `text` as a file to save; nothing leaves the device. */
  download(filename: string, text: string): void;
}

/** Choices on the page that are not settings (which keyword group is open), kept across re-renders. */
export interface PageState {
  keywordCategory: string;
  keywordLanguage: string;
}

export interface SectionContext {
  doc: Document;
  state: SettingsState;
  actions: OptionsActions;
  page: PageState;
}

export function isLocked(state: SettingsState, name: SettingName): boolean {
  return state.policy.locked.includes(name);
}

export function lockedNote(doc: Document): HTMLElement {
  const note = element(doc, 'p', 'locked', i18n.t('options.locked'));
  note.setAttribute('data-locked', '');
  return note;
}

/** A titled section with an anchor id, so the popup can link straight to it. */
export function section(doc: Document, id: string, title: string, intro?: string): HTMLElement {
  const created = element(doc, 'section', 'card');
  created.id = id;
  const heading = element(doc, 'h2', undefined, title);
  heading.id = `${id}-title`;
  created.setAttribute('aria-labelledby', heading.id);
  created.append(heading);
  if (intro) created.append(element(doc, 'p', 'intro', intro));
  return created;
}

/** The words for a failed save: a locked setting, or the browser's own reason (such as a full storage quota). */
export function failureText(error: unknown): string {
  if (error instanceof SettingLockedError) return i18n.t('options.lockedRefused');
  return i18n.t('options.saveFailed', [error instanceof Error ? error.message : String(error)]);
}

/** Runs a settings change and reports the outcome in `status`. */
export async function save(
  status: { show(text: string, isError?: boolean): void },
  change: () => Promise<unknown>,
  done: string = i18n.t('options.saved'),
): Promise<boolean> {
  try {
    await change();
    status.show(done);
    return true;
  } catch (error) {
    status.show(failureText(error), true);
    return false;
  }
}
