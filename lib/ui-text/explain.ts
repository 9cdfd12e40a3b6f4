import { i18n } from '#i18n';
import type { Analysis } from '../model';
import { explanationSentence, historySentence, type Translate } from './explanation';

/** The extension's messages in the interface language, for the sentence builders. */
const translate: Translate = (key, substitutions) => (i18n.t as (key: string, substitutions?: string[]) => string)(key, substitutions);

/** The explanation of an analysis in the interface language; '' when there is none. */
export function summaryText(analysis: Pick<Analysis, 'explanation'>): string {
  return analysis.explanation ? explanationSentence(analysis.explanation, translate) : '';
}

/** The sender's history in the interface language; '' when there is none. */
export function historyText(analysis: Pick<Analysis, 'history'>): string {
  return analysis.history ? historySentence(analysis.history, translate) : '';
}
