import type { CategoryId } from '../model';

/** A rule about the sender (or the quoted thread, thread.ts) that no keyword shows; the engine checks it against the pack's lists. */
export interface SenderRule {
  id: string;
  category: CategoryId;
  /** Points it adds to its category (0–100 scale). */
  weight: number;
  description: string;
}

export const SENDER_RULES = {
  diplomaticDomain: {
    id: 'SENDER_DIPLOMATIC_DOMAIN',
    category: 'diplomatic-sender',
    weight: 20,
    description: "The sender's address is at a domain of a foreign ministry or mission",
  },
  freeMailOfficial: {
    id: 'SENDER_FREE_MAIL_OFFICIAL',
    category: 'identity-mismatch',
    weight: 18,
    description: 'An official role (a title, a government body) claimed from a free-mail address',
  },
  nameAddressDiffers: {
    id: 'SENDER_NAME_ADDRESS_DIFFERS',
    category: 'identity-mismatch',
    weight: 18,
    description: "The sender's display name shows an address other than the one the mail comes from",
  },
  redirectsToFreeMail: {
    id: 'SENDER_REDIRECTS_TO_FREE_MAIL',
    category: 'private-channel',
    weight: 18,
    description: "Asks for mail or material at a free-mail address of their own while writing from an organisation's",
  },
  replyToFreeMail: {
    id: 'SENDER_REPLY_TO_FREE_MAIL',
    category: 'identity-mismatch',
    weight: 12,
    description: 'Replies go to a free-mail address while the mail comes from another domain',
  },
} as const satisfies Record<string, SenderRule>;
