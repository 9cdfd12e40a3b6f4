import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../lib/model';
import { RecordStore, toStoredRecord } from '../../../lib/scan/record-store';
import type { AnalysedRecord } from '../../../lib/scan/scan-record';
import { groupBySender } from '../../../lib/scan/sender-groups';

const analysis = (level: Analysis['level']): Analysis => ({
  level, score: level === 'none' ? 0 : 60, language: 'en', signals: [], combinations: [], capped: false, awareness: false,
});

function record(index: number, address: string, date: number | undefined, level: Analysis['level'] = 'none'): AnalysedRecord {
  return {
    kind: 'analysed', source: `a.mbox#${index}`, id: `<${index}@x>`, from: { name: '', address }, subject: `Subject ${index} “quoted”`,
    analysis: analysis(level), truncated: false, ...(date === undefined ? {} : { date }),
  };
}

describe('RecordStore', () => {
  it('gives back each record as it was kept, a replaced one as replaced, and failures apart', () => {
    const store = new RecordStore();
    const records = Array.from({ length: 3000 }, (_, index) => record(index, `s${index % 7}@example.org`, index % 5 === 0 ? undefined : index * 1000));
    for (const each of records) store.add(toStoredRecord(each));
    store.add(toStoredRecord({ kind: 'failed', source: 'b.eml', error: 'the file is empty' }));
    store.replace(10, { ...records[10]!, analysis: analysis('high') });
    expect(store.count).toBe(3000);
    expect(store.read(2999)).toEqual(records[2999]);
    expect(store.read(10).analysis.level).toBe('high');
    expect(store.level(10)).toBe('high');
    expect([...store.failed()]).toEqual([{ kind: 'failed', source: 'b.eml', error: 'the file is empty' }]);
    store.dispose();
  });

  it('groups by sender in order of first appearance, each oldest first with undated ones last, with a summary', () => {
    const store = new RecordStore();
    const kept = [
      record(1, 'b@example.org', 3000),
      record(2, 'A@example.org', 2000, 'medium'),
      record(3, 'b@example.org', undefined),
      record(4, 'a@example.org', 1000),
      record(5, 'b@example.org', 1000, 'low'),
    ];
    for (const each of kept) store.add(toStoredRecord(each));
    expect(groupBySender(store)).toEqual([
      { members: [4, 0, 2], firstDate: 1000, lastDate: 3000, highest: 'low', escalatedAt: [] },
      { members: [3, 1], firstDate: 1000, lastDate: 2000, highest: 'medium', escalatedAt: [] },
    ]);
    store.dispose();
  });

  it('keeps its file in a folder of its own that only this user can read, and removes it when disposed', () => {
    const store = new RecordStore();
    expect(store.folder.startsWith(join(tmpdir(), 'waakzaam-scan-'))).toBe(true);
    expect(statSync(store.folder).mode & 0o777).toBe(0o700);
    store.dispose();
    expect(existsSync(store.folder)).toBe(false);
  });
});
