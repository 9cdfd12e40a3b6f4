import { allLanguages } from '../rules/languages';

const NOT_AN_OBJECT = new RegExp(`^(?:${allLanguages((words) => words.notAnObject).join('|')})\\b`, 'i');

/** Whether a request's evidence names the thing asked for; "not in the brochures" only says it is not public. */
export function namesObject(evidenceText: string): boolean {
  return !NOT_AN_OBJECT.test(evidenceText);
}
