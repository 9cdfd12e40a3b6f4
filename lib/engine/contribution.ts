import type { CategoryId, Evidence, EvidenceField } from '../model';

/** One hit of a rule, worth points towards its category; the decision sums them per category. */
export interface Contribution {
  category: CategoryId;
  rule: string;
  points: number;
  evidence: Evidence;
  /** For requests: the sensitive field named in the same sentence, if any. */
  field?: string;
  /** Said by the sender in their own words: new text (or quoted text of their own side), not someone else's reported. */
  ownVoice?: true;
  /** Quoted from a message someone other than the sender wrote (the reader's own, answered here). */
  othersWords?: true;
  /** A request whose evidence does not name the thing asked for ("same again" below a hand-over): the banner names its field. */
  unnamed?: true;
}

/** A sentence quoted as evidence is cut here: the banner shows a line, not a paragraph. */
export const MAX_EVIDENCE_CHARS = 200;

/** Evidence as the banner shows it: the words of the hit with their whitespace folded, where they stand. */
export function evidence(field: EvidenceField, hit: { start: number; end: number; text: string }): Evidence {
  return { text: hit.text.replace(/\s+/g, ' '), start: hit.start, end: hit.end, field };
}
