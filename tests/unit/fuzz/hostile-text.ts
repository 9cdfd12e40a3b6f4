import fc from 'fast-check';
import type { MailAddress, MailMessage } from '../../../lib/model';
import { DEFAULT_PACK } from '../../../lib/rules';

/** Every phrase pattern of the default pack: rules, their exceptions and the context term lists. */
const PACK_PATTERNS = [
  ...DEFAULT_PACK.rules.flatMap((rule) => [...rule.patterns, ...(rule.unless ?? [])]),
  ...[
    DEFAULT_PACK.sensitiveFields,
    DEFAULT_PACK.requestCues,
    DEFAULT_PACK.negators,
    DEFAULT_PACK.awarenessCore,
    DEFAULT_PACK.awarenessSupport,
    DEFAULT_PACK.ownGovernment,
  ]
    .flat()
    .flatMap((list) => list.patterns),
];

/** The words the patterns look for, with their syntax (`|`, `_`, `*`, `[ ]`, `~`) taken apart. */
export const PATTERN_WORDS = [
  ...new Set(
    PACK_PATTERNS.flatMap((pattern) => pattern.split(/[\s|_]+/))
      .map((word) => word.replace(/^\[|\]$/g, '').replace(/^\*|\*$/g, ''))
      .filter((word) => word !== '' && word !== '~' && !word.startsWith('{')),
  ),
];

/**
 * What sits between words: the separators the gap and amount syntax accept, sentence and list punctuation the
 * engine splits on, quote markers and signature lines it reads zones from, and number runs like `{amount}` eats.
 */
const SEPARATORS = [
  ' ', '   ', ',', ', ', ' - ', '—', '–', '"', '“', '’', "'", '\u00a0', '\t', '\n', '\n\n', '\r\n', '. ', '? ', '!',
  '…', ':', ';', '(', ')', '\n> ', '\n-- \n', '\n- ', '\n1. ', '€', '$ ', '5', '5.000', '1,2,', '3k ', '.5.5',
  'Regards,\n', 'On Monday Ann wrote:\n', 'From: x\nSent: y\n', '\u200b', '\u2028', '\ud800', '@', 'dhr. ', 'e.g. ',
];

const patternWord = fc.constantFrom(...PATTERN_WORDS);
const separator = fc.constantFrom(...SEPARATORS);

/** Pattern words in hostile arrangements: the shapes that would make a careless regular expression backtrack. */
export const baitText = (maxTokens: number): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof({ weight: 3, arbitrary: patternWord }, { weight: 2, arbitrary: separator }), { maxLength: maxTokens })
    .map((tokens) => tokens.join(''));

/** A short bait unit repeated into a long text. */
export const repeatedBait = (maxRepeats: number): fc.Arbitrary<string> =>
  fc.tuple(baitText(12), fc.integer({ min: 1, max: maxRepeats })).map(([unit, times]) => unit.repeat(times));

/** Any text: random code points (lone surrogates included), pattern bait, or bait repeated. */
export const hostileText = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: fc.constantFrom('a', ' ', '.', '\n', '5', ',', '-', "'", '?', '>', '€'), maxLength }),
    baitText(Math.ceil(maxLength / 6)),
    repeatedBait(Math.ceil(maxLength / 40)),
  );

const hostileAddress: fc.Arbitrary<MailAddress> = fc.record({
  name: fc.oneof(hostileText(200), fc.constant('attache@embassy.example')),
  address: fc.oneof(fc.emailAddress(), fc.string({ unit: 'binary', maxLength: 80 })),
});

/** A whole message with every field hostile. */
export const hostileMessage = (maxTextLength: number): fc.Arbitrary<MailMessage> =>
  fc.record(
    {
      from: hostileAddress,
      replyTo: fc.array(hostileAddress, { maxLength: 3 }),
      subject: hostileText(200),
      text: hostileText(maxTextLength),
    },
    { requiredKeys: ['from', 'subject', 'text'] },
  );
