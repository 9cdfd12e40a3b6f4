import { domainOf } from '../model';
import { sha256Hex } from './sha256';

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

function saltedHash(salt: string, kind: string, value: string): string {
  return sha256Hex(`${salt}\u0000${kind}\u0000${value}`);
}

/** Keys for one message: the address and domain compared without case, the message by its id and sender. */
export function senderKeys(salt: string, address: string, messageId: string): SenderKeys {
  const normalised = address.trim().toLowerCase();
  // An address without a domain stands for its own domain, as in the keys stored so far.
  const domain = normalised.includes('@') ? domainOf(normalised) : normalised;
  return {
    address: saltedHash(salt, 'address', normalised).slice(0, KEY_HEX_CHARS),
    domain: saltedHash(salt, 'domain', domain).slice(0, KEY_HEX_CHARS),
    message: saltedHash(salt, 'message', `${normalised}\u0000${messageId}`).slice(0, MESSAGE_KEY_HEX_CHARS),
  };
}
