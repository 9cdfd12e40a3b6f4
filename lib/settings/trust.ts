import { domainOf } from '../model';
import type { Settings } from './schema';


/** True when the user trusts this address, or its domain or a parent domain of it. */
export function isTrustedSender(settings: Pick<Settings, 'trustedSenders' | 'trustedDomains'>, address: string): boolean {
  const normalized = address.trim().toLowerCase();
  if (!normalized) return false;
  if (settings.trustedSenders.includes(normalized)) return true;
  const domain = domainOf(normalized);
  if (!domain) return false;
  return settings.trustedDomains.some((trusted) => domain === trusted || domain.endsWith(`.${trusted}`));
}
