/**
 * A small writer of compound files (MS-CFB, version 3, 512-byte sectors), the container of Outlook .msg items: just
 * enough to make test files for the scan, written from the specification.
 */
const SECTOR = 512;
const MINI_SECTOR = 64;
const MINI_STREAM_CUTOFF = 4096;
const ENTRY = 128;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;
const TYPE_STORAGE = 1;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;

export interface CompoundStream {
  name: string;
  data: Uint8Array;
}

export interface CompoundStorage {
  name: string;
  children: CompoundNode[];
}

export type CompoundNode = CompoundStream | CompoundStorage;

interface Entry {
  name: string;
  type: number;
  data?: Uint8Array;
  children: number[];
  start: number;
  size: number;
}

const sectorsFor = (bytes: number, size: number): number => Math.ceil(bytes / size);

/** Siblings are kept in a tree ordered by name length, then by upper-case name. */
function compareNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const upperA = a.toUpperCase();
  const upperB = b.toUpperCase();
  return upperA < upperB ? -1 : upperA > upperB ? 1 : 0;
}

export function writeCompoundFile(root: CompoundNode[]): Uint8Array {
  const entries: Entry[] = [{ name: 'Root Entry', type: TYPE_ROOT, children: [], start: END_OF_CHAIN, size: 0 }];
  const add = (nodes: CompoundNode[], parent: number): void => {
    for (const node of [...nodes].sort((a, b) => compareNames(a.name, b.name))) {
      const index = entries.length;
      entries[parent]!.children.push(index);
      if ('data' in node) {
        entries.push({ name: node.name, type: TYPE_STREAM, data: node.data, children: [], start: END_OF_CHAIN, size: node.data.length });
      } else {
        entries.push({ name: node.name, type: TYPE_STORAGE, children: [], start: 0, size: 0 });
        add(node.children, index);
      }
    }
  };
  add(root, 0);

  // Small streams go into the mini stream, in 64-byte mini sectors; the rest into sectors of their own.
  const miniFat: number[] = [];
  const miniChunks: Uint8Array[] = [];
  const bigStreams: Entry[] = [];
  for (const entry of entries) {
    if (entry.type !== TYPE_STREAM || !entry.data) continue;
    if (entry.size === 0) continue;
    if (entry.size >= MINI_STREAM_CUTOFF) {
      bigStreams.push(entry);
      continue;
    }
    const count = sectorsFor(entry.size, MINI_SECTOR);
    entry.start = miniFat.length;
    for (let i = 0; i < count; i++) miniFat.push(i === count - 1 ? END_OF_CHAIN : miniFat.length + 1);
    const padded = new Uint8Array(count * MINI_SECTOR);
    padded.set(entry.data);
    miniChunks.push(padded);
  }
  const miniStreamBytes = miniFat.length * MINI_SECTOR;

  const directorySectors = sectorsFor(entries.length * ENTRY, SECTOR);
  const miniFatSectors = sectorsFor(miniFat.length * 4, SECTOR);
  const miniStreamSectors = sectorsFor(miniStreamBytes, SECTOR);
  const bigSectors = bigStreams.reduce((sum, entry) => sum + sectorsFor(entry.size, SECTOR), 0);
  const others = directorySectors + miniFatSectors + miniStreamSectors + bigSectors;
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + others) fatSectors++;
  if (fatSectors > 109) throw new Error('this small writer keeps the whole FAT in the header');

  const fat = new Array<number>(fatSectors * (SECTOR / 4)).fill(FREE);
  let next = 0;
  const chain = (count: number): number => {
    if (count === 0) return END_OF_CHAIN;
    const start = next;
    for (let i = 0; i < count; i++) fat[next + i] = i === count - 1 ? END_OF_CHAIN : next + i + 1;
    next += count;
    return start;
  };
  for (let i = 0; i < fatSectors; i++) fat[next++] = FAT_SECTOR;
  const directoryStart = chain(directorySectors);
  const miniFatStart = chain(miniFatSectors);
  const miniStreamStart = chain(miniStreamSectors);
  for (const entry of bigStreams) entry.start = chain(sectorsFor(entry.size, SECTOR));
  entries[0]!.start = miniStreamBytes > 0 ? miniStreamStart : END_OF_CHAIN;
  entries[0]!.size = miniStreamBytes;

  const file = new Uint8Array(SECTOR * (1 + next));
  const view = new DataView(file.buffer);
  const at = (sector: number): number => SECTOR * (1 + sector);

  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(24, 0x003e, true);
  view.setUint16(26, 0x0003, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, fatSectors, true);
  view.setUint32(48, directoryStart, true);
  view.setUint32(56, MINI_STREAM_CUTOFF, true);
  view.setUint32(60, miniFatSectors > 0 ? miniFatStart : END_OF_CHAIN, true);
  view.setUint32(64, miniFatSectors, true);
  view.setUint32(68, END_OF_CHAIN, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + 4 * i, i < fatSectors ? i : FREE, true);

  fat.forEach((value, index) => view.setUint32(at(0) + 4 * index, value, true));

  entries.forEach((entry, index) => {
    const base = at(directoryStart) + index * ENTRY;
    for (let i = 0; i < entry.name.length; i++) view.setUint16(base + 2 * i, entry.name.charCodeAt(i), true);
    view.setUint16(base + 64, (entry.name.length + 1) * 2, true);
    file[base + 66] = entry.type;
    file[base + 67] = 1; // black: the siblings are a chain to the right, which every reader walks
    view.setUint32(base + 68, NO_STREAM, true);
    const siblings = entries.flatMap((candidate) => candidate.children).includes(index)
      ? entries.find((candidate) => candidate.children.includes(index))!.children
      : [];
    const position = siblings.indexOf(index);
    view.setUint32(base + 72, position >= 0 && position + 1 < siblings.length ? siblings[position + 1]! : NO_STREAM, true);
    view.setUint32(base + 76, entry.children[0] ?? NO_STREAM, true);
    view.setUint32(base + 116, entry.type === TYPE_STORAGE ? 0 : entry.start, true);
    view.setUint32(base + 120, entry.size, true);
  });
  // Unused directory slots are empty entries with no siblings or child.
  for (let index = entries.length; index < (directorySectors * SECTOR) / ENTRY; index++) {
    const base = at(directoryStart) + index * ENTRY;
    view.setUint32(base + 68, NO_STREAM, true);
    view.setUint32(base + 72, NO_STREAM, true);
    view.setUint32(base + 76, NO_STREAM, true);
  }

  const miniFatBytes = new DataView(new ArrayBuffer(miniFatSectors * SECTOR));
  for (let i = 0; i < miniFatSectors * (SECTOR / 4); i++) miniFatBytes.setUint32(4 * i, miniFat[i] ?? FREE, true);
  file.set(new Uint8Array(miniFatBytes.buffer), at(miniFatStart));
  let miniAt = at(miniStreamStart);
  for (const chunk of miniChunks) {
    file.set(chunk, miniAt);
    miniAt += chunk.length;
  }
  for (const entry of bigStreams) file.set(entry.data!, at(entry.start));
  return file;
}
