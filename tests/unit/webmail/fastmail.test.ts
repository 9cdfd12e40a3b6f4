// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fastmailAdapter } from '../../../lib/webmail/fastmail';
import { anchorIsOutsideBody, loadFixture, matchedSelector, read } from './fixture-page';

const URL = 'https://app.fastmail.com/mail/Inbox/Tc9f8a1b2c3d4e5f6';

describe('fastmail adapter', () => {
  it('reads the risky message with its visible reply-to', async () => {
    const { messages, report } = await read(fastmailAdapter, loadFixture('fastmail', 'risky.html', URL));
    expect(messages).toHaveLength(1);
    const [open] = messages;
    expect(open!.message.from).toEqual({ name: 'Alexei Morozov', address: 'alexei.morozov.mission@mailbox.example' });
    expect(open!.message.replyTo).toEqual([{ name: 'A. Morozov', address: 'a.morozov.private@securemail.example' }]);
    expect(open!.message.subject).toBe('Following up on our conversation at the reception');
    expect(open!.message.text).toContain('there is no need to involve your company at this stage');
    expect(anchorIsOutsideBody(open!)).toBe(true);
    expect(matchedSelector(report, 'sender')).toBe('header_from_mailto_2024');
    expect(matchedSelector(report, 'replyTo')).toBe('header_reply_to_2024');
  });

  it('reads an invoice without reply-to, and reports reply-to as optional', async () => {
    const { messages, report } = await read(fastmailAdapter, loadFixture('fastmail', 'benign.html', URL));
    expect(messages[0]!.message.from.address).toBe('registration@photonics-conference.example');
    expect(messages[0]!.message.replyTo).toBeUndefined();
    expect(report.fields).toContainEqual({ field: 'replyTo', matched: null, tried: 1, optional: true });
  });

  it('falls back when the card body class changes', async () => {
    const doc = loadFixture('fastmail', 'risky.html', URL);
    doc.querySelector('.v-MessageCard-body')!.className = 'v-MessageCard-content';
    doc.querySelector('.v-MessageCard-from')!.className = 'v-MessageCard-sender-line';
    const { messages, report } = await read(fastmailAdapter, doc);
    expect(messages[0]!.message.from.address).toBe('alexei.morozov.mission@mailbox.example');
    expect(matchedSelector(report, 'body')).toBe('message_body_2022');
    expect(matchedSelector(report, 'sender')).toBe('header_title_2022');
  });
});
