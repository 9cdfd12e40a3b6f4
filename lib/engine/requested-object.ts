import { allLanguages } from '../rules/languages';

/**
 * A public qualifier right before the thing named, at most one word between ("published technology roadmaps"), and
 * no negation before it ("not yet public").
 */
const NAMED_AS_PUBLIC = new RegExp(
  `(?<!(?:^|[^\\p{L}])(?:${allLanguages((words) => words.qualifierNegators).join('|')})[\\s-]+)` +
    `(?<![\\p{L}-])(?:${allLanguages((words) => words.publicQualifiers).join('|')})\\s+(?:[\\p{L}-]+\\s+)?$`,
  'iu',
);
/** Characters before a request's match looked at for its qualifier, and for a delivery in its clause. */
const QUALIFIER_REACH = 60;
const DELIVERY_REACH = 120;

/** The sender saying they gave something, then the rest of its clause up to the thing named. */
const GIVEN_BY_SENDER = new RegExp(`(?<![\\p{L}])(?:${allLanguages((words) => words.givenBySender).join('|')})(?![\\p{L}])[^,;:.!?]*$`, 'iu');

/** Whether the thing a request names is something the sender says they gave, in the same clause ("we uploaded the maps"). */
export function givenBySender(text: string, matchStart: number, sentenceStart: number): boolean {
  return GIVEN_BY_SENDER.test(text.slice(Math.max(sentenceStart, matchStart - DELIVERY_REACH), matchStart));
}

/** Whether the thing a request names is called public right before it ("your view on published roadmaps"). */
export function namedAsPublic(text: string, matchStart: number, blockStart: number): boolean {
  return NAMED_AS_PUBLIC.test(text.slice(Math.max(blockStart, matchStart - QUALIFIER_REACH), matchStart));
}

const NOT_AN_OBJECT = new RegExp(`^(?:${allLanguages((words) => words.notAnObject).join('|')})\\b`, 'i');

/** Whether a request's evidence names the thing asked for; "not in the brochures" only says it is not public. */
export function namesObject(evidenceText: string): boolean {
  return !NOT_AN_OBJECT.test(evidenceText);
}
