/** Salted hashes that stand in for a sender's address, its domain and a message id in the history. */
export interface SenderKeys {
  address: string;
  domain: string;
  message: string;
}

/** 128 bits of a SHA-256 digest: plenty against collisions among a few thousand senders, half the storage. */
const KEY_HEX_CHARS = 32;
/** Message keys only need to be told apart within one sender's short timeline. */
const MESSAGE_KEY_HEX_CHARS = 16;

/** A new random salt, made once per install: the same address gives unrelated keys on another device. */
export function newSalt(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(16)));
}

function toHex(bytes: Uint8Array): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function saltedHash(salt: string, kind: string, value: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}\u0000${kind}\u0000${value}`));
  return toHex(new Uint8Array(digest));
}

/** Keys for one message: the address and domain compared without case, the message by its id and sender. */
export async function senderKeys(salt: string, address: string, messageId: string): Promise<SenderKeys> {
  const normalised = address.trim().toLowerCase();
  const domain = normalised.slice(normalised.lastIndexOf('@') + 1);
  const [addressKey, domainKey, messageKey] = await Promise.all([
    saltedHash(salt, 'address', normalised),
    saltedHash(salt, 'domain', domain),
    saltedHash(salt, 'message', `${normalised}\u0000${messageId}`),
  ]);
  return {
    address: addressKey.slice(0, KEY_HEX_CHARS),
    domain: domainKey.slice(0, KEY_HEX_CHARS),
    message: messageKey.slice(0, MESSAGE_KEY_HEX_CHARS),
  };
}
