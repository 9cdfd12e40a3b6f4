import type { SenderRule } from './sender';

/**
 * Rules about the conversation a reply quotes, which no keyword in the new text shows by itself; the engine checks
 * them against the language packs' words (`nextInstalments`, `standingTerms`, `handovers`).
 */
export const THREAD_RULES = {
  nextInstalment: {
    id: 'THREAD_NEXT_INSTALMENT',
    category: 'sensitive-request',
    weight: 20,
    description:
      'Asks for the next of a series the reader hands over: below the reader\'s quoted hand-over, or in a short note that sends it off work channels',
  },
  toFreeMail: {
    id: 'THREAD_SERIES_TO_FREE_MAIL',
    category: 'private-channel',
    weight: 18,
    description: 'That next one of the series is asked for from a free-mail address: the reader\'s hand-overs go to a private mailbox',
  },
} as const satisfies Record<string, SenderRule>;
