/**
 * Writes an Outlook item (.msg, MS-OXMSG) for a received message: the properties Outlook keeps for one, in a
 * compound file. Used to test the scan with .msg files the tests make themselves.
 */
import { writeCompoundFile, type CompoundStream } from './compound-file-writer';
import type { OutlookTestMessage } from './outlook-message';

const PT_UNICODE = 0x001f;
const PT_BINARY = 0x0102;
const PT_SYSTIME = 0x0040;
const READABLE_WRITABLE = 0x6;
/** 100-nanosecond intervals between 1601-01-01 and 1970-01-01. */
const FILETIME_EPOCH_OFFSET = 116444736000000000n;

const utf16 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const hex4 = (value: number): string => value.toString(16).toUpperCase().padStart(4, '0');

export function writeMsg(properties: OutlookTestMessage): Uint8Array {
  const variable: { id: number; type: number; data: Uint8Array }[] = [
    { id: 0x001a, type: PT_UNICODE, data: utf16('IPM.Note') },
    { id: 0x0037, type: PT_UNICODE, data: utf16(properties.subject) },
    { id: 0x0c1a, type: PT_UNICODE, data: utf16(properties.senderName) },
    { id: 0x0c1e, type: PT_UNICODE, data: utf16('SMTP') },
    { id: 0x0c1f, type: PT_UNICODE, data: utf16(properties.senderAddress) },
    { id: 0x5d01, type: PT_UNICODE, data: utf16(properties.senderAddress) },
    { id: 0x1000, type: PT_UNICODE, data: utf16(properties.body) },
    { id: 0x007d, type: PT_UNICODE, data: utf16(properties.transportHeaders) },
    { id: 0x1035, type: PT_UNICODE, data: utf16(properties.messageId) },
    ...(properties.html === undefined ? [] : [{ id: 0x1013, type: PT_BINARY, data: new Uint8Array(Buffer.from(properties.html, 'utf8')) }]),
  ];
  const fixedCount = properties.deliveredAt === undefined ? 0 : 1;
  // The top-level property stream: a 32-byte header (no recipients or attachments here), then 16 bytes a property.
  const stream = new DataView(new ArrayBuffer(32 + 16 * (variable.length + fixedCount)));
  variable.forEach(({ id, type, data }, index) => {
    const base = 32 + 16 * index;
    stream.setUint32(base, (id << 16) | type, true);
    stream.setUint32(base + 4, READABLE_WRITABLE, true);
    stream.setUint32(base + 8, type === PT_UNICODE ? data.length + 2 : data.length, true);
  });
  if (properties.deliveredAt !== undefined) {
    const base = 32 + 16 * variable.length;
    stream.setUint32(base, (0x0e06 << 16) | PT_SYSTIME, true);
    stream.setUint32(base + 4, READABLE_WRITABLE, true);
    stream.setBigUint64(base + 8, BigInt(properties.deliveredAt) * 10000n + FILETIME_EPOCH_OFFSET, true);
  }
  const streams: CompoundStream[] = [
    { name: '__properties_version1.0', data: new Uint8Array(stream.buffer) },
    ...variable.map(({ id, type, data }) => ({ name: `__substg1.0_${hex4(id)}${hex4(type)}`, data })),
  ];
  return writeCompoundFile([{ name: '__nameid_version1.0', children: [] }, ...streams]);
}
