import { domainOf, type MailMessage } from '../model';
import type { CompiledPack } from './compile';
import { evidence, type Contribution } from './contribution';
import { addressInDisplayName, isDiplomaticDomain, isFreeMail } from './sender';

const IDENTITY_MISMATCH_WEIGHT = 18;
const REPLY_TO_MISMATCH_WEIGHT = 12;
const DIPLOMATIC_DOMAIN_WEIGHT = 20;

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

  if (isDiplomaticDomain(domain, pack)) {
    result.push({ category: 'diplomatic-sender', rule: 'SENDER_DIPLOMATIC_DOMAIN', points: DIPLOMATIC_DOMAIN_WEIGHT, evidence: addressEvidence });
  }

  // An official role claimed in the sender's name, a title or a government body, from a free-mail address.
  const claimRules = new Set(pack.rules.filter((rule) => rule.claimsOfficialRole).map((rule) => rule.id));
  const claim = found.find(
    (c) => claimRules.has(c.rule) || (c.category === 'diplomatic-sender' && c.evidence.field === 'from'),
  );
  if (claim && isFreeMail(domain, pack)) {
    result.push({ category: 'identity-mismatch', rule: 'SENDER_FREE_MAIL_OFFICIAL', points: IDENTITY_MISMATCH_WEIGHT, evidence: addressEvidence });
  }

  const nameAddress = addressInDisplayName(message.from);
  if (nameAddress) {
    result.push({ category: 'identity-mismatch', rule: 'SENDER_NAME_ADDRESS_DIFFERS', points: IDENTITY_MISMATCH_WEIGHT, evidence: evidence('from', nameAddress) });
  }

  for (const [index, replyTo] of (message.replyTo ?? []).entries()) {
    const replyDomain = domainOf(replyTo.address);
    if (replyDomain && replyDomain !== domain && isFreeMail(replyDomain, pack) && !isFreeMail(domain, pack)) {
      result.push({
        category: 'identity-mismatch',
        rule: 'SENDER_REPLY_TO_FREE_MAIL',
        points: REPLY_TO_MISMATCH_WEIGHT,
        evidence: { text: replyTo.address, start: 0, end: replyTo.address.length, field: 'replyTo' },
      });
      if (index === 0) break;
    }
  }
  return result;
}

/** The reader's own embassies and attachés are not a foreign diplomatic sender (a mission's domain still is). */
export function dropForeignDiplomatClaims(contributions: Contribution[]): void {
  for (let index = contributions.length - 1; index >= 0; index--) {
    const contribution = contributions[index]!;
    if (contribution.category === 'diplomatic-sender' && contribution.rule !== 'SENDER_DIPLOMATIC_DOMAIN') {
      contributions.splice(index, 1);
    }
  }
}
