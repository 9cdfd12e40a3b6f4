import type { CategoryId } from '../model';
import type { EscalationRule } from './types';

/** What is asked of the reader: the point the grooming steps lead up to. */
const ASKS: readonly CategoryId[] = ['sensitive-request', 'network-mapping'];
/** Who the sender claims to be: said once, in the first message, and not repeated in later short ones. */
const WHO: readonly CategoryId[] = ['diplomatic-sender', 'unverifiable-organisation', 'identity-mismatch'];

/**
 * A step across messages counts like a combination in one message: the weight of a step to a request is about the
 * earlier sign's usual points plus a combination's bonus (combinations.ts), because the earlier sign is not in the
 * open message's own score. Colleagues' lunches are no step: their mail counts for half, and a dinner alone with a
 * request in the same mail is no combination.
 *
 * The usual escalation in signals.md and the public cases: a friendly or paid first contact, then dinners, gifts
 * and a private channel, then narrower requests for non-public material and for colleagues. Each step alone is
 * ordinary; a later message that adds the next step to what came before is the pattern. The open message must
 * show something new: repeating what was already said is not a step.
 */
export const ESCALATIONS: readonly EscalationRule[] = [
  {
    id: 'PAID_THEN_ASKS',
    kind: 'step',
    before: ['payment-offer'],
    now: ASKS,
    weight: 38,
    description: 'Offered money earlier; now asks for non-public material or about colleagues',
  },
  {
    id: 'HOSTED_THEN_ASKS',
    kind: 'step',
    before: ['hospitality'],
    now: ASKS,
    weight: 26,
    description: 'Offered dinners, gifts or trips earlier; now asks for non-public material or about colleagues',
  },
  {
    id: 'OFF_THE_RECORD_THEN_ASKS',
    kind: 'step',
    before: ['private-channel', 'secrecy'],
    now: ASKS,
    weight: 30,
    description: 'Moved to a private channel or asked for secrecy earlier; now asks for non-public material or about colleagues',
  },
  {
    id: 'HOSTED_THEN_PAYS',
    kind: 'step',
    before: ['hospitality'],
    now: ['payment-offer', 'private-channel', 'secrecy'],
    weight: 14,
    description: 'Offered dinners, gifts or trips earlier; now offers money, a private channel or secrecy',
  },
  {
    id: 'ASKED_THEN_PAYS',
    kind: 'step',
    before: ASKS,
    now: ['payment-offer', 'private-channel', 'secrecy'],
    weight: 14,
    description: 'Asked for non-public material or about colleagues earlier; now offers money, a private channel or secrecy',
  },
  {
    id: 'CLAIMED_ROLE_THEN_ASKS',
    kind: 'step',
    before: WHO,
    now: [...ASKS, 'payment-offer'],
    weight: 12,
    description: 'Presented as a diplomat or an organisation that cannot be checked earlier; now asks or offers money',
  },
  {
    id: 'FIRST_CONTACT_ASKS',
    kind: 'first-contact',
    now: [...ASKS, 'payment-offer', 'private-channel', 'secrecy'],
    weight: 6,
    description: 'A sender never seen before, from a domain never seen before, asks or offers something at once',
  },
];
