// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createReport, findAll, findField, firstMatch, recordField } from '../../../lib/webmail/selectors';

function scope(html: string): Element {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder;
}

const LIST = [
  { name: 'new_2024', selector: '.new' },
  { name: 'old_2019', selector: '.old' },
];

describe('findField', () => {
  it('tries selectors in order and records which one matched and how many were tried', () => {
    const report = createReport('test', 0);
    const found = findField([scope('<b class="old">old</b>')], 'subject', LIST, report, (element) => element.textContent);
    expect(found?.value).toBe('old');
    expect(report.fields).toEqual([{ field: 'subject', matched: 'old_2019', tried: 2 }]);
  });

  it('skips matches inside the excluded element and ones the reader rejects', () => {
    const root = scope('<div class="mail"><b class="new">spoof</b></div><b class="new"></b><b class="old">real</b>');
    const report = createReport('test', 0);
    const found = findField([root], 'sender', LIST, report, (element) => element.textContent || null, {
      outside: root.querySelector('.mail'),
    });
    expect(found?.value).toBe('real');
  });

  it('records a miss with the number of selectors tried, and treats an invalid selector as no match', () => {
    const report = createReport('test', 0);
    const list = [{ name: 'broken', selector: 'div[' }, ...LIST];
    expect(findField([scope('<i></i>')], 'body', list, report, (element) => element)).toBeNull();
    expect(report.fields).toEqual([{ field: 'body', matched: null, tried: 3 }]);
  });
});

describe('findAll', () => {
  it('returns the outermost matches of the first selector that matches any', () => {
    const report = createReport('test', 0);
    const root = scope('<p class="new">1<span class="new">nested</span></p><p class="new">2</p><p class="old">x</p>');
    expect(findAll(root, 'message', LIST, report).map((element) => element.textContent)).toEqual(['1nested', '2']);
  });

  it('counts the scope itself as a match', () => {
    const root = scope('');
    root.className = 'old';
    expect(findAll(root, 'message', LIST, createReport('test', 0))).toEqual([root]);
    expect(firstMatch(root, LIST)).toBe(root);
  });
});

describe('recordField', () => {
  it('keeps one entry per field and outcome, so a long thread gives a short report', () => {
    const report = createReport('test', 0);
    recordField(report, 'sender', 'new_2024', 1);
    recordField(report, 'sender', 'new_2024', 1);
    recordField(report, 'sender', null, 2);
    expect(report.fields).toEqual([
      { field: 'sender', matched: 'new_2024', tried: 1 },
      { field: 'sender', matched: null, tried: 2 },
    ]);
  });
});
