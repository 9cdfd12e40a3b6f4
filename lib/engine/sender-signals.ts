import { domainOf, type Evidence, type MailMessage } from '../model';
import { SENDER_RULES, type SenderRule } from '../rules';
import type { CompiledPack } from './compile';
import { evidence, type Contribution } from './contribution';
import { wordsPerLanguage } from './language';
import { addressInDisplayName, isDiplomaticDomain, isFreeMail } from './sender';
import type { SentenceFinder } from './sentence-finder';
import type { Block } from './zones';

/** A sender rule's hit, worth the rule's weight. */
function hit(rule: SenderRule, found: Evidence): Contribution {
  return { category: rule.category, rule: rule.id, points: rule.weight, evidence: found };
}

/** Signals about the sender that no keyword shows: mission domains and identities that do not add up. */
export function senderContributions(
  message: MailMessage,
  compiled: CompiledPack,
  found: readonly Contribution[],
  from: string,
): Contribution[] {
  const { pack } = compiled;
  const result: Contribution[] = [];
  const domain = domainOf(message.from.address);
  const addressStart = from.lastIndexOf(message.from.address);
  const addressEvidence = evidence('from', {
    start: Math.max(0, addressStart),
    end: Math.max(0, addressStart) + message.from.address.length,
    text: message.from.address,
  });

  if (isDiplomaticDomain(domain, pack)) result.push(hit(SENDER_RULES.diplomaticDomain, addressEvidence));

  // An official role claimed in the sender's name, a title or a government body, from a free-mail address.
  const claimRules = new Set(pack.rules.filter((rule) => rule.claimsOfficialRole).map((rule) => rule.id));
  const claim = found.find(
    (c) => claimRules.has(c.rule) || (c.category === 'diplomatic-sender' && c.evidence.field === 'from'),
  );
  if (claim && isFreeMail(domain, pack)) result.push(hit(SENDER_RULES.freeMailOfficial, addressEvidence));

  const nameAddress = addressInDisplayName(message.from);
  if (nameAddress) result.push(hit(SENDER_RULES.nameAddressDiffers, evidence('from', nameAddress)));

  for (const [index, replyTo] of (message.replyTo ?? []).entries()) {
    const replyDomain = domainOf(replyTo.address);
    if (replyDomain && replyDomain !== domain && isFreeMail(replyDomain, pack) && !isFreeMail(domain, pack)) {
      result.push(hit(SENDER_RULES.replyToFreeMail, { text: replyTo.address, start: 0, end: replyTo.address.length, field: 'replyTo' }));
      if (index === 0) break;
    }
  }
  return result;
}

/** The reader's own embassies and attachés are not a foreign diplomatic sender (a mission's domain still is). */
export function dropForeignDiplomatClaims(contributions: Contribution[]): void {
  for (let index = contributions.length - 1; index >= 0; index--) {
    const contribution = contributions[index]!;
    if (contribution.category === 'diplomatic-sender' && contribution.rule !== SENDER_RULES.diplomaticDomain.id) {
      contributions.splice(index, 1);
    }
  }
}

/**
 * An address's local part just before an "@", and its domain just after: looked for around each "@" only, so that a
 * megabyte of word characters costs one pass, not one per position.
 */
const LOCAL_PART = /[\w.+-]{1,64}$/;
const DOMAIN_PART = /^[\w-]+(?:\.[\w-]+)+/;

/** The addresses in `text[start, end)`, with their offsets. */
function* addressesIn(text: string, start: number, end: number): Generator<{ start: number; text: string }> {
  for (let at = text.indexOf('@', start); at !== -1 && at < end; at = text.indexOf('@', at + 1)) {
    const local = LOCAL_PART.exec(text.slice(Math.max(start, at - 64), at));
    const domain = DOMAIN_PART.exec(text.slice(at + 1, Math.min(end, at + 256)));
    if (local && domain) yield { start: at - local[0].length, text: `${local[0]}${text.slice(at, at + 1 + domain[0].length)}` };
  }
}

const SEND_VERB = wordsPerLanguage((words) => words.sendVerbs);

/**
 * A sender writing from an organisation who wants the material at a free-mail address instead ("please send it to
 * dennis.h@outlook.com rather than to this address, our IT holds attachments"): the address in their own new text,
 * in a sentence that sends something there. A farewell's "my private address is …" sends nothing.
 */
export function redirectContributions(
  message: MailMessage,
  compiled: CompiledPack,
  blocks: readonly Block[],
  sentences: SentenceFinder,
): Contribution[] {
  const { pack } = compiled;
  const domain = domainOf(message.from.address);
  if (!domain || isFreeMail(domain, pack)) return [];
  const text = message.text;
  for (const block of blocks) {
    if (block.zone !== 'main') continue;
    for (const found of addressesIn(text, block.start, block.end)) {
      const address = found.text.replace(/\.+$/, '');
      if (address.toLowerCase() === message.from.address.toLowerCase() || !isFreeMail(domainOf(address), pack)) continue;
      const start = found.start;
      const sentence = sentences.contextAt(block, start)?.sentence;
      if (!sentence || !SEND_VERB.get(block.language)!.test(text.slice(sentence.start, sentence.end))) continue;
      const rule = SENDER_RULES.redirectsToFreeMail;
      return [{ ...hit(rule, evidence('text', { start, end: start + address.length, text: address })), ownVoice: true }];
    }
  }
  return [];
}
