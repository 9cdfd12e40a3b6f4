import type { CategoryId } from '../model';
import type { BodyZone } from './types';

/**
 * How much a rule's hit counts, by where it stands and what is around it: factors on the rule's weight. The engine
 * applies them; the weights themselves are the rules'.
 */
export const SCORING = {
  /** A hit counts in full in the new text, less in the signature, in quoted mail and least in a footer. */
  zone: { main: 1, signature: 0.6, quoted: 0.5, footer: 0.15 } satisfies Record<BodyZone, number>,
  /** Who the sender is shows in the signature: there these count in full. */
  inSignatureInFull: new Set<CategoryId>(['diplomatic-sender', 'unverifiable-organisation']) as ReadonlySet<CategoryId>,
  /** A security-awareness mail talks about approaches: what its body says counts for this much. */
  awareness: 0.3,
  /**
   * A sign inside a quotation the text introduces as someone else's words ("the consultant wrote: “…”"): below
   * `presentFrom` even for the heaviest rule, so a quoted sign never makes a combination.
   */
  reportedSpeech: 0.25,
  /** Mail from the reader's own organisation. */
  colleague: 0.5,
  /** A request for something, by the sensitive technology field it names. */
  request: {
    /** The field is named in the request's own sentence. */
    fieldInSentence: 1.25,
    /** The field is named elsewhere in the message. */
    fieldInMessage: 1.1,
    noField: 0.85,
  },
  /**
   * The points of one category: its strongest hit in full, the second at `second`, every further one at `further`,
   * and never more than `cap` times the strongest rule's weight.
   */
  category: { second: 0.3, further: 0.1, cap: 1.4 },
  /** A category counts towards combinations and escalations only from this many points: a quoted mention does not. */
  presentFrom: 6,
} as const;
