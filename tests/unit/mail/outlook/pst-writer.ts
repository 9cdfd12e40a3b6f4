/**
 * A small writer of Outlook archives (.pst, Unicode format, MS-PST), written from the specification to make test
 * files: the node and block B-trees, data blocks with their trailers and CRCs, property contexts and table contexts
 * on heaps, subnodes for long values, folders with hierarchy and contents tables, and messages. It declares its
 * allocation maps invalid (fAMapValid 0), as the format allows, rather than writing them; values must fit one block.
 */
import type { OutlookTestMessage } from './outlook-message';

const PAGE = 512;
const BLOCK_ALIGN = 64;
const BLOCK_TRAILER = 16;
const MAX_BLOCK_DATA = 8176;
const FIRST_DATA_OFFSET = 0x4600;

const NID_MESSAGE_STORE = 0x21;
const NID_NAME_TO_ID_MAP = 0x61;
const NID_ROOT_FOLDER = 0x122;
const NID_TYPE_NORMAL_FOLDER = 0x02;
const NID_TYPE_NORMAL_MESSAGE = 0x04;
const NID_TYPE_LTP = 0x1f;
const HIERARCHY_TABLE_OFFSET = 11;
const CONTENTS_TABLE_OFFSET = 12;

const PT_LONG = 0x0003;
const PT_BOOLEAN = 0x000b;
const PT_SYSTIME = 0x0040;
const PT_UNICODE = 0x001f;
const PT_BINARY = 0x0102;

/** Values longer than this go into a subnode of their own instead of the heap. */
const SUBNODE_FROM_BYTES = 1024;
/** 100-nanosecond intervals between 1601-01-01 and 1970-01-01. */
const FILETIME_EPOCH_OFFSET = 116444736000000000n;

export interface PstFolder {
  name: string;
  messages: OutlookTestMessage[];
  folders?: PstFolder[];
}

export interface PstOptions {
  /** Messages (in writing order, counted over all folders from 0) whose data is overwritten, as a damaged file. */
  damage?: number[];
}

/** The CRC the format uses: CRC-32 (polynomial 0xEDB88320) starting from 0, without a final inversion. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc(bytes: Uint8Array): number {
  let value = 0;
  for (const byte of bytes) value = (CRC_TABLE[(value ^ byte) & 0xff]! ^ (value >>> 8)) >>> 0;
  return value;
}

const signature = (ib: bigint, bid: bigint): number => {
  const value = Number((ib ^ bid) & 0xffffffffn);
  return ((value >>> 16) ^ value) & 0xffff;
};

const utf16 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));

interface Property {
  id: number;
  type: number;
  /** Fixed values of up to 4 bytes are kept in the record; anything else as bytes. */
  value: number | Uint8Array;
}

const text = (id: number, value: string): Property => ({ id, type: PT_UNICODE, value: utf16(value) });
const long = (id: number, value: number): Property => ({ id, type: PT_LONG, value });

function systime(id: number, time: number): Property {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(time) * 10000n + FILETIME_EPOCH_OFFSET, true);
  return { id, type: PT_SYSTIME, value: bytes };
}

/** A heap-on-node: allocations addressed by heap ids (0x20, 0x40, …), with its page map at the end. */
function heap(clientSignature: number, userRoot: number, allocations: Uint8Array[]): Uint8Array {
  const header = 12;
  const starts: number[] = [];
  let at = header;
  for (const allocation of allocations) {
    starts.push(at);
    at += allocation.length;
  }
  const pageMapAt = at + (at % 2);
  const size = pageMapAt + 4 + 2 * (allocations.length + 1);
  if (size > MAX_BLOCK_DATA) throw new Error('this small writer keeps a heap in one block');
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, pageMapAt, true);
  bytes[2] = 0xec;
  bytes[3] = clientSignature;
  view.setUint32(4, userRoot, true);
  allocations.forEach((allocation, index) => bytes.set(allocation, starts[index]!));
  view.setUint16(pageMapAt, allocations.length, true);
  view.setUint16(pageMapAt + 2, 0, true);
  [...starts, at].forEach((start, index) => view.setUint16(pageMapAt + 4 + 2 * index, start, true));
  return bytes;
}

const hid = (allocation: number): number => (allocation + 1) << 5;

function bthHeader(keyBytes: number, entryBytes: number, root: number): Uint8Array {
  const bytes = new Uint8Array(8);
  bytes[0] = 0xb5;
  bytes[1] = keyBytes;
  bytes[2] = entryBytes;
  bytes[3] = 0;
  new DataView(bytes.buffer).setUint32(4, root, true);
  return bytes;
}

interface Node {
  nid: number;
  parent: number;
  data: Uint8Array;
  subnodes: { nid: number; data: Uint8Array }[];
}

/** A property context: the properties of a folder, message or the store, on a heap with a B-tree of records. */
function propertyContext(properties: Property[], nextSubnode: () => number): { data: Uint8Array; subnodes: Node['subnodes'] } {
  const sorted = [...properties].sort((a, b) => a.id - b.id);
  const allocations: Uint8Array[] = [new Uint8Array(0), new Uint8Array(8 * sorted.length)];
  const subnodes: Node['subnodes'] = [];
  const records = new DataView(allocations[1]!.buffer);
  sorted.forEach((property, index) => {
    records.setUint16(8 * index, property.id, true);
    records.setUint16(8 * index + 2, property.type, true);
    let reference: number;
    if (typeof property.value === 'number') {
      reference = property.value;
    } else if (property.value.length >= SUBNODE_FROM_BYTES) {
      reference = nextSubnode();
      subnodes.push({ nid: reference, data: property.value });
    } else {
      reference = hid(allocations.length);
      allocations.push(property.value);
    }
    records.setUint32(8 * index + 4, reference >>> 0, true);
  });
  allocations[0] = bthHeader(2, 6, sorted.length > 0 ? hid(1) : 0);
  return { data: heap(0xbc, hid(0), allocations), subnodes };
}

/** A table context with the row id and row version columns: a folder's list of subfolders or of messages. */
function tableContext(rowIds: number[]): Uint8Array {
  const rowBytes = 8 + 1; // two 4-byte columns, then one byte of cell-existence bits
  const info = new Uint8Array(22 + 2 * 8);
  const view = new DataView(info.buffer);
  info[0] = 0x7c;
  info[1] = 2;
  view.setUint16(2, 8, true); // end of the 4-byte columns
  view.setUint16(4, 8, true); // of the 2-byte ones
  view.setUint16(6, 8, true); // of the 1-byte ones
  view.setUint16(8, rowBytes, true); // of the row with its bits
  view.setUint32(10, hid(0), true);
  view.setUint32(14, rowIds.length > 0 ? hid(3) : 0, true);
  view.setUint32(18, 0, true);
  const columns: [tag: number, offset: number, bit: number][] = [
    [(0x67f2 << 16) | PT_LONG, 0, 0],
    [(0x67f3 << 16) | PT_LONG, 4, 1],
  ];
  columns.forEach(([tag, offset, bit], index) => {
    const at = 22 + 8 * index;
    view.setUint32(at, tag >>> 0, true);
    view.setUint16(at + 4, offset, true);
    info[at + 6] = 4;
    info[at + 7] = bit;
  });
  const index = new DataView(new ArrayBuffer(8 * rowIds.length));
  const rows = new DataView(new ArrayBuffer(rowBytes * rowIds.length));
  [...rowIds].map((rowId, row) => ({ rowId, row })).sort((a, b) => a.rowId - b.rowId).forEach(({ rowId, row }, at) => {
    index.setUint32(8 * at, rowId, true);
    index.setUint32(8 * at + 4, row, true);
  });
  rowIds.forEach((rowId, row) => {
    rows.setUint32(rowBytes * row, rowId, true);
    rows.setUint32(rowBytes * row + 4, 1, true);
    rows.setUint8(rowBytes * row + 8, 0b1100_0000);
  });
  // The row index's B-tree header comes first: readers look for it at the heap's first id.
  const allocations = [bthHeader(4, 4, rowIds.length > 0 ? hid(2) : 0), info, new Uint8Array(index.buffer), new Uint8Array(rows.buffer)];
  return heap(0x7c, hid(1), rowIds.length > 0 ? allocations : allocations.slice(0, 2));
}

function messageProperties(message: OutlookTestMessage): Property[] {
  return [
    text(0x001a, 'IPM.Note'),
    text(0x0037, message.subject),
    text(0x0c1a, message.senderName),
    text(0x0c1e, 'SMTP'),
    text(0x0c1f, message.senderAddress),
    text(0x1000, message.body),
    text(0x007d, message.transportHeaders),
    text(0x1035, message.messageId),
    long(0x0e07, 1),
    ...(message.html === undefined
      ? []
      : [{ id: 0x1013, type: PT_BINARY, value: new Uint8Array(Buffer.from(message.html, 'utf8')) }, long(0x3fde, 65001)]),
    ...(message.deliveredAt === undefined ? [] : [systime(0x0e06, message.deliveredAt)]),
  ];
}

function folderProperties(name: string, contentCount: number, hasSubfolders: boolean): Property[] {
  return [
    text(0x3001, name),
    long(0x3602, contentCount),
    long(0x3603, 0),
    { id: 0x360a, type: PT_BOOLEAN, value: hasSubfolders ? 1 : 0 },
    text(0x3613, 'IPF.Note'),
  ];
}

/** The named-property map readers load first: one property set GUID, no names. */
function nameToIdMapProperties(): Property[] {
  const guid = new Uint8Array([0x08, 0x20, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46]);
  return [
    long(0x0001, 0),
    { id: 0x0002, type: PT_BINARY, value: guid },
    { id: 0x0003, type: PT_BINARY, value: new Uint8Array(8) },
    { id: 0x0004, type: PT_BINARY, value: new Uint8Array(4) },
  ];
}

export function writePst(root: PstFolder[], options: PstOptions = {}): Uint8Array {
  const nodes: Node[] = [];
  let subnodeCounter = 0;
  const nextSubnode = (): number => ((++subnodeCounter << 5) | NID_TYPE_LTP) >>> 0;
  const addNode = (nid: number, parent: number, properties: Property[]): void => {
    const { data, subnodes } = propertyContext(properties, nextSubnode);
    nodes.push({ nid, parent, data, subnodes });
  };
  const addTable = (nid: number, parent: number, rowIds: number[]): void => {
    nodes.push({ nid, parent, data: tableContext(rowIds), subnodes: [] });
  };

  let folderCounter = 0x400;
  let messageCounter = 0x10000;
  let messageNumber = 0;
  const damagedNids = new Set<number>();
  const writeFolder = (nid: number, parent: number, name: string, folder: PstFolder): void => {
    const subfolders = folder.folders ?? [];
    const subfolderNids = subfolders.map(() => ((++folderCounter << 5) | NID_TYPE_NORMAL_FOLDER) >>> 0);
    const messageNids = folder.messages.map(() => ((++messageCounter << 5) | NID_TYPE_NORMAL_MESSAGE) >>> 0);
    addNode(nid, parent, folderProperties(name, folder.messages.length, subfolders.length > 0));
    addTable(nid + HIERARCHY_TABLE_OFFSET, nid, subfolderNids);
    addTable(nid + CONTENTS_TABLE_OFFSET, nid, messageNids);
    folder.messages.forEach((message, index) => {
      if (options.damage?.includes(messageNumber)) damagedNids.add(messageNids[index]!);
      messageNumber += 1;
      addNode(messageNids[index]!, nid, messageProperties(message));
    });
    subfolders.forEach((sub, index) => writeFolder(subfolderNids[index]!, nid, sub.name, sub));
  };
  addNode(NID_MESSAGE_STORE, 0, [text(0x3001, 'Waakzaam test archive')]);
  addNode(NID_NAME_TO_ID_MAP, 0, nameToIdMapProperties());
  writeFolder(NID_ROOT_FOLDER, NID_ROOT_FOLDER, '', { name: '', messages: [], folders: root });

  // Blocks: each node's data, and for nodes with subnodes their values and a subnode list (SLBLOCK).
  const chunks: { at: number; bytes: Uint8Array }[] = [];
  const blocks: { bid: bigint; ib: bigint; cb: number }[] = [];
  let bidCounter = 1n;
  let end = FIRST_DATA_OFFSET;
  const writeBlock = (data: Uint8Array, internal: boolean): bigint => {
    if (data.length > MAX_BLOCK_DATA) throw new Error('this small writer keeps a value in one block');
    const bid = ((bidCounter++ << 2n) | (internal ? 2n : 0n)) as bigint;
    const size = Math.ceil((data.length + BLOCK_TRAILER) / BLOCK_ALIGN) * BLOCK_ALIGN;
    const bytes = new Uint8Array(size);
    bytes.set(data);
    const trailer = new DataView(bytes.buffer, size - BLOCK_TRAILER);
    trailer.setUint16(0, data.length, true);
    trailer.setUint16(2, signature(BigInt(end), bid), true);
    trailer.setUint32(4, crc(data), true);
    trailer.setBigUint64(8, bid, true);
    chunks.push({ at: end, bytes });
    blocks.push({ bid, ib: BigInt(end), cb: data.length });
    end += size;
    return bid;
  };
  const entries = nodes.map((node) => {
    const data = damagedNids.has(node.nid) ? node.data.map((_, at) => (at * 37) & 0xff) : node.data;
    const bidData = writeBlock(data, false);
    let bidSub = 0n;
    if (node.subnodes.length > 0) {
      const list = new DataView(new ArrayBuffer(8 + 24 * node.subnodes.length));
      list.setUint8(0, 0x02);
      list.setUint8(1, 0);
      list.setUint16(2, node.subnodes.length, true);
      [...node.subnodes].sort((a, b) => a.nid - b.nid).forEach((subnode, index) => {
        list.setBigUint64(8 + 24 * index, BigInt(subnode.nid), true);
        list.setBigUint64(8 + 24 * index + 8, writeBlock(subnode.data, false), true);
        list.setBigUint64(8 + 24 * index + 16, 0n, true);
      });
      bidSub = writeBlock(new Uint8Array(list.buffer), true);
    }
    return { nid: node.nid, bidData, bidSub, parent: node.parent };
  });

  // The two B-trees, in 512-byte pages: leaves, then branch levels up to one root page.
  end = Math.ceil(end / PAGE) * PAGE;
  let pageCounter = 1n;
  const writeTree = (keys: bigint[], records: Uint8Array[], entryBytes: number, pageType: number): { bid: bigint; ib: bigint } => {
    let level = 0;
    let items = keys.map((key, index) => ({ key, bytes: records[index]! }));
    for (;;) {
      const perPage = Math.floor(488 / entryBytes);
      const pages: { key: bigint; bid: bigint; ib: bigint }[] = [];
      for (let start = 0; start < Math.max(items.length, 1); start += perPage) {
        const slice = items.slice(start, start + perPage);
        const page = new Uint8Array(PAGE);
        const view = new DataView(page.buffer);
        slice.forEach((item, index) => page.set(item.bytes, index * entryBytes));
        page[488] = slice.length;
        page[489] = perPage;
        page[490] = entryBytes;
        page[491] = level;
        const bid = pageCounter++ << 2n;
        page[496] = pageType;
        page[497] = pageType;
        view.setUint16(498, signature(BigInt(end), bid), true);
        view.setUint32(500, crc(page.subarray(0, 496)), true);
        view.setBigUint64(504, bid, true);
        chunks.push({ at: end, bytes: page });
        pages.push({ key: slice[0]?.key ?? 0n, bid, ib: BigInt(end) });
        end += PAGE;
      }
      if (pages.length === 1) return pages[0]!;
      level += 1;
      entryBytes = 24;
      items = pages.map((page) => {
        const bytes = new DataView(new ArrayBuffer(24));
        bytes.setBigUint64(0, page.key, true);
        bytes.setBigUint64(8, page.bid, true);
        bytes.setBigUint64(16, page.ib, true);
        return { key: page.key, bytes: new Uint8Array(bytes.buffer) };
      });
    }
  };
  const nodeEntries = [...entries].sort((a, b) => a.nid - b.nid);
  const nbt = writeTree(
    nodeEntries.map((entry) => BigInt(entry.nid)),
    nodeEntries.map((entry) => {
      const bytes = new DataView(new ArrayBuffer(32));
      bytes.setBigUint64(0, BigInt(entry.nid), true);
      bytes.setBigUint64(8, entry.bidData, true);
      bytes.setBigUint64(16, entry.bidSub, true);
      bytes.setUint32(24, entry.parent, true);
      return new Uint8Array(bytes.buffer);
    }),
    32,
    0x81,
  );
  const blockEntries = [...blocks].sort((a, b) => (a.bid < b.bid ? -1 : 1));
  const bbt = writeTree(
    blockEntries.map((block) => block.bid),
    blockEntries.map((block) => {
      const bytes = new DataView(new ArrayBuffer(24));
      bytes.setBigUint64(0, block.bid, true);
      bytes.setBigUint64(8, block.ib, true);
      bytes.setUint16(16, block.cb, true);
      bytes.setUint16(18, 2, true);
      return new Uint8Array(bytes.buffer);
    }),
    24,
    0x80,
  );

  const file = new Uint8Array(end);
  for (const chunk of chunks) file.set(chunk.bytes, chunk.at);
  const header = new DataView(file.buffer);
  file.set([0x21, 0x42, 0x44, 0x4e], 0); // "!BDN"
  file.set([0x53, 0x4d], 8); // "SM"
  header.setUint16(10, 23, true); // Unicode
  header.setUint16(12, 19, true);
  file[14] = 1;
  file[15] = 1;
  header.setBigUint64(24, 0n, true);
  header.setBigUint64(32, pageCounter << 2n, true);
  header.setUint32(40, 1, true);
  header.setBigUint64(184, BigInt(end), true);
  header.setBigUint64(192, 0n, true);
  header.setBigUint64(216, nbt.bid, true);
  header.setBigUint64(224, nbt.ib, true);
  header.setBigUint64(232, bbt.bid, true);
  header.setBigUint64(240, bbt.ib, true);
  file[248] = 0; // allocation maps not written: a reader that needs them rebuilds them
  file[512] = 0x80;
  file[513] = 0; // no encoding
  header.setBigUint64(516, bidCounter << 2n, true);
  header.setUint32(4, crc(file.subarray(8, 8 + 471)), true);
  header.setUint32(524, crc(file.subarray(8, 8 + 516)), true);
  return file;
}
