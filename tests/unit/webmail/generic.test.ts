// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../lib/webmail/generic';
import { anchorIsOutsideBody, loadFixture, matchedSelector, pageFrom, read } from './fixture-page';

const BODY_TEXT =
  '<p>Dear colleague, it was good to meet you at the reception.</p><p>Could you share the unpublished results?</p>';

describe('generic adapter', () => {
  it('reads a message in a main landmark with a mailto sender and a document body', async () => {
    const doc = pageFrom(`<main><article>
      <h2>Meeting follow-up</h2><p class="from"><a href="mailto:someone@mission.example">Someone</a></p>
      <div role="document">${BODY_TEXT}</div></article></main>`);
    const { messages, report } = await read(genericAdapter, doc);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message.from).toEqual({ name: 'Someone', address: 'someone@mission.example' });
    expect(messages[0]!.message.subject).toBe('Meeting follow-up');
    expect(messages[0]!.message.text).toContain('Could you share the unpublished results?');
    expect(anchorIsOutsideBody(messages[0]!)).toBe(true);
    expect(matchedSelector(report, 'body')).toBe('document_role');
  });

  it('finds the body as the block that holds most of the text, apart from the header', async () => {
    const doc = pageFrom(`<div role="main"><h1>Meeting follow-up</h1>
      <div class="hdr"><span title="someone@mission.example">Someone</span></div>
      <div class="content"><div>${BODY_TEXT}</div></div></div>`);
    const { messages, report } = await read(genericAdapter, doc);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.body.closest('.content')).not.toBeNull();
    expect(messages[0]!.message.text).toBe(
      'Dear colleague, it was good to meet you at the reception.\n\nCould you share the unpublished results?',
    );
    expect(matchedSelector(report, 'message')).toBe('main_role');
    expect(matchedSelector(report, 'body')).toBe('largest_text_block');
  });

  it('reads a known webmail page it was not written for', async () => {
    const doc = loadFixture('fastmail', 'risky.html', 'https://mail.unknown.example/');
    const { messages } = await read(genericAdapter, doc);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message.from.address).toBe('alexei.morozov.mission@mailbox.example');
    expect(messages[0]!.message.text).toContain('It is also easier to continue on Signal');
  });

  it('returns nothing without a sender address in an attribute, even when the text names one', async () => {
    const doc = pageFrom(`<main><h1>Hello</h1><p>From: someone@mission.example</p><div>${BODY_TEXT}</div></main>`);
    const { messages, report } = await read(genericAdapter, doc);
    expect(messages).toEqual([]);
    expect(matchedSelector(report, 'sender')).toBeNull();
  });

  it('returns nothing when no block stands apart from the header', async () => {
    const doc = pageFrom(`<main><h1>Hello</h1><p><a href="mailto:a@b.example">A</a> ${BODY_TEXT}</p></main>`);
    expect((await read(genericAdapter, doc)).messages).toEqual([]);
  });

  it('returns nothing without a main landmark', async () => {
    const doc = pageFrom(`<div><h1>Hello</h1><a href="mailto:a@b.example">A</a><div>${BODY_TEXT}</div></div>`);
    const { messages, report } = await read(genericAdapter, doc);
    expect(messages).toEqual([]);
    expect(matchedSelector(report, 'readingPane')).toBeNull();
  });
});
