import type { CombinationRule } from './types';

/**
 * The banner levels need combinations: the AIVD calls diplomats gathering open information normal, and one
 * signal alone is never an alarm. These meta-rules are the patterns of the 2020 case and the public cases in
 * signals.md: a request for non-public material together with money, a diplomatic sender, secrecy or a private
 * channel; or the grooming steps (money, secrecy, private channel) without a request yet.
 */
export const COMBINATIONS: readonly CombinationRule[] = [
  {
    id: 'REQUEST_WITH_PAYMENT',
    all: ['sensitive-request', 'payment-offer'],
    bonus: 16,
    description: 'Asks for non-public material and offers money for it',
  },
  {
    id: 'REQUEST_FROM_DIPLOMAT',
    all: ['sensitive-request', 'diplomatic-sender'],
    bonus: 14,
    description: 'A diplomat asks for non-public material',
  },
  {
    id: 'REQUEST_IN_SECRET',
    all: ['sensitive-request'],
    any: ['secrecy', 'private-channel'],
    bonus: 14,
    description: 'Asks for non-public material and to keep it hidden or off company channels',
  },
  {
    id: 'REQUEST_FROM_VAGUE_SENDER',
    all: ['sensitive-request'],
    any: ['unverifiable-organisation', 'identity-mismatch'],
    bonus: 10,
    description: 'Asks for non-public material for an organisation or identity that cannot be checked',
  },
  {
    id: 'REQUEST_AND_COLLEAGUES',
    all: ['sensitive-request', 'network-mapping'],
    bonus: 10,
    description: 'Asks for non-public material and about colleagues who have access',
  },
  {
    id: 'PAYMENT_IN_SECRET',
    all: ['payment-offer'],
    any: ['secrecy', 'private-channel'],
    bonus: 14,
    description: 'Offers money and asks to keep it hidden or off company channels',
  },
  {
    id: 'DIPLOMAT_OFF_THE_BOOKS',
    all: ['diplomatic-sender'],
    any: ['payment-offer', 'secrecy', 'private-channel', 'identity-mismatch', 'network-mapping'],
    bonus: 12,
    description: 'A diplomat offers money, asks for secrecy or a private channel, or asks about colleagues',
  },
  {
    id: 'VAGUE_SENDER_PAYS_FOR_ACCESS',
    all: ['unverifiable-organisation'],
    any: ['secrecy', 'private-channel', 'network-mapping'],
    bonus: 10,
    description: 'An organisation that cannot be checked asks for secrecy, a private channel or about colleagues',
  },
  {
    id: 'COLLEAGUES_FOR_MONEY',
    all: ['network-mapping'],
    any: ['payment-offer', 'secrecy', 'private-channel', 'identity-mismatch'],
    bonus: 10,
    description: 'Asks about colleagues who have access, with money, secrecy or a private channel',
  },
];

/** Score thresholds per sensitivity. Medium and high also need at least one combination to hold. */
export const LEVEL_THRESHOLDS = {
  relaxed: { low: 12, medium: 55, high: 80 },
  standard: { low: 10, medium: 45, high: 70 },
  strict: { low: 8, medium: 35, high: 60 },
} as const;

export type Sensitivity = keyof typeof LEVEL_THRESHOLDS;
