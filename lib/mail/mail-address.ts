import type { Address, Mailbox } from 'postal-mime';
import type { MailAddress } from '../model';

/** The first mailbox of a header (the first member of a group). */
export function firstMailbox(address: Address | undefined): Mailbox | undefined {
  if (!address) return undefined;
  return address.group ? address.group[0] : address;
}

export function toMailAddress(mailbox: Mailbox): MailAddress {
  return { name: mailbox.name.trim(), address: mailbox.address.trim() };
}

export function replyToAddresses(addresses: Address[] | undefined): MailAddress[] | undefined {
  if (!addresses || addresses.length === 0) return undefined;
  const mailboxes = addresses.flatMap((address) => (address.group ? address.group : [address]));
  return mailboxes.map(toMailAddress);
}
