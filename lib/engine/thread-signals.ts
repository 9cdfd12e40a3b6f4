import { SCORING, THREAD_RULES } from '../rules';
import { domainOf, type CategoryId, type Language, type MailMessage } from '../model';
import { anyMatch, forLanguage, type CompiledPack } from './compile';
import { evidence, MAX_EVIDENCE_CHARS, type Contribution } from './contribution';
import { wordsPerLanguage } from './language';
import { patternSource } from './patterns';
import { isShortNote } from './request';
import { formatAddress, isFreeMail } from './sender';
import type { SentenceFinder } from './sentence-finder';
import type { Block } from './zones';

/**
 * Every match in a paragraph is looked at: the first may be the sender's own habit, a later one the ask. A space in a
 * term also matches a line break, as a short note wraps anywhere ("Could you do\nthe same for the Kunshan week").
 */
const NEXT_INSTALMENT = new Map(
  [...wordsPerLanguage((words) => [...words.nextInstalments, ...words.standingTerms])].map(([language, terms]) => [
    language,
    new RegExp(terms.source.replaceAll(' ', '\\s+'), 'giu'),
  ]),
);
const HANDOVER = wordsPerLanguage((words) => words.handovers);
const PASS_ON = wordsPerLanguage((words) => words.passOns);
const SENDER_FIRST = new Map(
  [...wordsPerLanguage((words) => words.firstPerson)].map(([language, words]) => [language, new RegExp(`^[\\s"'“‘(]*${words.source}`, 'iu')]),
);

/** A sum of money, as the rules' `{amount}` reads it. */
const AMOUNT = new RegExp(patternSource('{amount}'), 'giu');

/**
 * Whether a sentence is a line of a statement of account ("diesel for the trailer, 50% as agreed: € 164,00; second car:
 * € 188,00"): it names two sums or more and neither asks a question nor holds a request cue. Its "as agreed" is the
 * split of a bill, not the next of a series.
 */
function accountLine(sentence: string, language: Language, compiled: CompiledPack): boolean {
  if (sentence.includes('?') || (sentence.match(AMOUNT)?.length ?? 0) < 2) return false;
  return anyMatch(forLanguage(compiled.requestCues, language), sentence) === null;
}

/**
 * Whether a sentence tells what the sender does as always rather than asking ("Ik blijf het oude bedrag overmaken,
 * zoals altijd"): it opens with the sender and neither asks a question nor holds a request cue.
 */
function sendersOwnHabit(sentence: string, language: Language, compiled: CompiledPack): boolean {
  if (!SENDER_FIRST.get(language)!.test(sentence) || sentence.includes('?')) return false;
  return anyMatch(forLanguage(compiled.requestCues, language), sentence) === null;
}

/** The reader's quoted words that hand something over, as one stretch: from that paragraph to the end of their message. */
function handedOver(text: string, blocks: readonly Block[]): { start: number; end: number } | null {
  const first = blocks.findIndex((block) => block.othersWords && HANDOVER.get(block.language)!.test(text.slice(block.start, block.end)));
  if (first === -1) return null;
  let last = first;
  while (blocks[last + 1]?.othersWords) last++;
  return { start: blocks[first]!.start, end: blocks[last]!.end };
}

/** Covert arrangements the reader's words state, which a request for the next of the same adopts. */
const ARRANGEMENT_CATEGORIES: ReadonlySet<CategoryId> = new Set(['secrecy', 'private-channel']);

/**
 * The reader's covert words in the hand-over ("sent from home like we said", "wel even voor jezelf houden") are the
 * arrangement a request for "the same again" asks to repeat: they become the sender's too, and combine with the request.
 */
function adoptArrangement(found: readonly Contribution[], handover: { start: number; end: number }): void {
  for (const contribution of found) {
    const { field, start } = contribution.evidence;
    if (contribution.othersWords && ARRANGEMENT_CATEGORIES.has(contribution.category) && field === 'text' && start >= handover.start && start < handover.end) {
      delete contribution.othersWords;
    }
  }
}

/** Whether the sender's own words send a delivery off work channels ("to this address again", "niet via je werk"). */
function routesOffWork(found: readonly Contribution[], compiled: CompiledPack): boolean {
  return found.some((contribution) => compiled.offWorkRules.has(contribution.rule) && contribution.ownVoice);
}

/** What a running contact's note may ask for: the employer's material, or who does what and when. */
const WORK_MATERIAL_CATEGORIES: ReadonlySet<CategoryId> = new Set(['sensitive-request', 'network-mapping']);

/**
 * Whether the sender's own words ask for the employer's material ("the field failure list per site") or its people
 * ("who came to see him, and which days he is in").
 */
function asksForWorkMaterial(found: readonly Contribution[]): boolean {
  return found.some((contribution) => WORK_MATERIAL_CATEGORIES.has(contribution.category) && contribution.ownVoice);
}

/**
 * A sender who hands the reader a third party's questions ("Kun jij die vragen even doorlopen? Hoeft niet via jullie
 * support.") asks what the forwarded mail asks: its requests for work material become the sender's own, and combine
 * with what the sender adds. Only the sender's new text hands on; a quoted "see the questions below" does not.
 */
export function adoptPassedOnRequests(text: string, blocks: readonly Block[], found: readonly Contribution[]): void {
  if (!blocks.some((block) => block.zone === 'main' && PASS_ON.get(block.language)!.test(text.slice(block.start, block.end)))) return;
  for (const contribution of found) {
    if (contribution.othersWords && WORK_MATERIAL_CATEGORIES.has(contribution.category) && contribution.evidence.field === 'text') {
      delete contribution.othersWords;
    }
  }
}

/**
 * A message that asks for the next of a series the reader hands over, as a running contact writes it ("same again
 * for November", "die van maart ook weer zo"): below the reader's quoted hand-over ("here you go, the October list"),
 * or in a short note that sends it off work channels ("same as after the review, here, not to the office one") or
 * comes from a free-mail box and names the work material ("the same as in September: the field failure list"). What
 * was handed over is the thing asked for, named or not; a sensitive field the hand-over names is the request's field.
 * Such a one-liner carries no other sign of what it wants.
 */
export function threadContributions(
  message: MailMessage,
  blocks: readonly Block[],
  sentences: SentenceFinder,
  compiled: CompiledPack,
  found: readonly Contribution[],
): Contribution[] {
  const text = message.text;
  const handover = handedOver(text, blocks);
  const fromFreeMail = isFreeMail(domainOf(message.from.address), compiled.pack);
  const offWorkNote = isShortNote(blocks) && (routesOffWork(found, compiled) || (fromFreeMail && asksForWorkMaterial(found)));
  if (!handover && !offWorkNote) return [];
  for (const block of blocks) {
    if (block.zone !== 'main') continue;
    const sentence = [...text.slice(block.start, block.end).matchAll(NEXT_INSTALMENT.get(block.language)!)]
      .map((match) => {
        const at = block.start + match.index;
        return sentences.contextAt(block, at)?.sentence ?? { start: at, end: at + match[0].length };
      })
      .find((sentence) => {
        const words = text.slice(sentence.start, sentence.end);
        return !sendersOwnHabit(words, block.language, compiled) && !accountLine(words, block.language, compiled);
      });
    if (!sentence) continue;
    const end = Math.min(sentence.end, sentence.start + MAX_EVIDENCE_CHARS);
    const field = handover ? anyMatch(compiled.sensitiveFields, text.slice(handover.start, handover.end)) : null;
    if (handover) adoptArrangement(found, handover);
    const { nextInstalment, toFreeMail } = THREAD_RULES;
    const { fieldInMessage, noField } = SCORING.request;
    const result: Contribution[] = [
      {
        category: nextInstalment.category,
        rule: nextInstalment.id,
        points: nextInstalment.weight * (field ? fieldInMessage : noField),
        evidence: evidence('text', { start: sentence.start, end, text: text.slice(sentence.start, end) }),
        ...(field ? { field: field.text } : {}),
        ownVoice: true,
        unnamed: true,
      },
    ];
    // The series goes to a mailbox anyone can open, not to a business partner's: the hand-overs leave the work channels.
    if (fromFreeMail) {
      const address = message.from.address;
      const start = Math.max(0, formatAddress(message.from).lastIndexOf(address));
      const sender = evidence('from', { start, end: start + address.length, text: address });
      result.push({ category: toFreeMail.category, rule: toFreeMail.id, points: toFreeMail.weight, evidence: sender, ownVoice: true });
    }
    return result;
  }
  return [];
}
