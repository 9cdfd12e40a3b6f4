import type { Language } from '../../model';

/**
 * What the engine needs to know about a language besides its rules: how to tell it, where its sentences end, and how
 * its mail marks quoted history, closings and footers. Regular-expression parts are sources, matched without case.
 */
export interface LanguageWords {
  language: Language;
  /** Frequent words clearly of this language and not of the others: together they tell a text's language. */
  markers: readonly string[];
  /** Abbreviations whose full stop does not end a sentence, without their last full stop. */
  abbreviations: readonly string[];
  /** Small words a requested thing's phrase never ends on. */
  stopWords: readonly string[];
  /** Words that open a request's evidence without naming the thing asked for ("not in the brochures"). */
  notAnObject: readonly string[];
  /** Words that open a new clause (regular-expression sources): a negation before one of them does not reach the words after it. */
  clauseBreaks: readonly string[];
  /**
   * How a question suggesting something opens, as regular-expression sources ("Why not move this to Signal?", "Waarom
   * stuur je het niet gewoon?"): a negation in such a question asks, it does not refuse. The negation is part of the
   * opening, so "Why do you think we never pay experts?" keeps its negation.
   */
  suggestionOpeners: readonly string[];
  /** Words that join a list's last item to the others ("prices, yields or roadmaps"). */
  listJoins: readonly string[];
  /**
   * Words that open examples of what was just named ("no confidential information, such as internal figures,
   * customer data"): the examples stay in that clause, so a negation before them still reaches them.
   */
  exampleOpeners: readonly string[];
  /**
   * Words that open a sentence carrying the one before on ("Do not disclose confidential information. That includes
   * unpublished results."): an exception stated in the sentence before reaches into it.
   */
  continuationOpeners: readonly string[];
  /**
   * Words a running contact uses for the standing arrangement ("same deal as in February", "zelfde afspraak als
   * vorige keer"): in a short note, a line that names a thing under them asks for it.
   */
  standingTerms: readonly string[];
  /**
   * Words that ask for the next of a series handed over before ("same again", "the Q4 one", "die van maart", "ook weer
   * zo"), besides the standing terms. Regular-expression sources.
   */
  nextInstalments: readonly string[];
  /** Verbs that send mail or material somewhere ("send", "forward", "stuur"): an address named with one is where it should go. */
  sendVerbs: readonly string[];
  /**
   * Words that open a hand-over ("here you go", "attached the overview", "hierbij september"): in the reader's words a
   * reply quotes, they show what the reader already gave this sender. Regular-expression sources.
   */
  handovers: readonly string[];
  /**
   * Words that hand a third party's quoted questions to the reader ("could you go through their questions", "kun jij
   * die vragen even doorlopen"): what the forwarded mail asks for, the sender now asks. Regular-expression sources.
   */
  passOns: readonly string[];
  /**
   * For a language that may put its negation after the verb ("Wij betalen u daarvoor niet"): the negating words, and
   * the words that end the clause such a negation must stand in.
   */
  trailingNegation?: { negators: readonly string[]; clauseEnds: readonly string[] };
  /**
   * Words that say a thing is public, right before it ("your view on published roadmaps", "the public datasheet"): a
   * request for that thing asks for nothing secret. Not when a negation stands before them ("not yet public").
   */
  publicQualifiers: readonly string[];
  /** Words that turn a following public qualifier round ("not yet public", "non-public"). */
  qualifierNegators: readonly string[];
  /**
   * The sender saying they gave something ("we uploaded the overlay maps to your portal", "bijgaand stuur ik"): a thing
   * named after these words in the same clause is delivered, not asked for. Regular-expression sources.
   */
  givenBySender: readonly string[];
  /**
   * The reader's own wish told back to them ("you'd like a role with more say in the roadmap"): a request cue inside
   * these words asks the reader for nothing.
   */
  readerWishes: readonly string[];
  /**
   * Verbs whose bare form opening a sentence gives an order ("Neem het rapport mee."): how a language without a
   * tagger here tells an imperative. Empty where the tagger does it (English).
   */
  imperatives: readonly string[];
  /** Sentence openers the English tagger may take for an imperative but that never are one (English only). */
  notImperativeOpeners: readonly string[];
  /** A whole line that opens quoted history: a reply or forward header. */
  replyHeaders: readonly string[];
  /**
   * The words a reply header holds around the writer's name, each matched whole and ignoring case: weekdays, months and
   * the header's own wording ("On Thu, 6 Nov 2025 at 17:12, … wrote:"). What is left of a header without an address is a
   * name.
   */
  replyHeaderWords: readonly string[];
  /** Labels of a quoted header written out, as Outlook does: the sender's line, then the date's within three lines. */
  quotedFromLabels: readonly string[];
  quotedDateLabels: readonly string[];
  /** A whole line that closes a letter and starts its signature, without the comma or full stop after it. */
  closings: readonly string[];
  /** The opening words of a legal or list footer's sentence. */
  footerCues: readonly string[];
  /**
   * Words that introduce someone else's words just before a quotation ("the consultant wrote:", "phrases such as"):
   * a sign inside such a quotation is reported, not said by the sender.
   */
  reportingWords: readonly string[];
  /**
   * A warning's instruction about what others might do: the condition with an indefinite someone ("if anyone asks
   * for", "als iemand vraagt"), and what the reader should then do ("note it", "tell", "meld het"). Signs between the
   * two are described, not made.
   */
  othersConditions: readonly string[];
  reportInstructions: readonly string[];
  /** The sender speaking of themselves ("as I wrote"): a quotation they introduce is still their own words. */
  firstPerson: readonly string[];
  /**
   * A quotation introduced as sent to the reader ("Vincent Laurent sent you a message:"), as networking sites wrap an
   * approach: it is the approach itself, not someone else's words reported.
   */
  addressedToReader: readonly string[];
}
