// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { yahooAdapter } from '../../../lib/webmail/yahoo';
import { anchorIsOutsideBody, loadFixture, matchedSelector, read } from './fixture-page';

const URL = 'https://mail.yahoo.com/d/folders/1/messages/4215';

describe('yahoo adapter', () => {
  it('reads the risky message with the address from the email pill', async () => {
    const { messages, report } = await read(yahooAdapter, loadFixture('yahoo', 'risky.html', URL));
    expect(messages).toHaveLength(1);
    const [open] = messages;
    expect(open!.message.from).toEqual({ name: 'Alexei Morozov', address: 'alexei.morozov.mission@mailbox.example' });
    expect(open!.message.subject).toBe('Following up on our conversation at the reception');
    expect(open!.message.text).toContain('We would offer a consulting fee of EUR 5,000 for a short note');
    expect(anchorIsOutsideBody(open!)).toBe(true);
    expect(matchedSelector(report, 'body')).toBe('body_content_2024');
    expect(matchedSelector(report, 'sender')).toBe('from_email_pill_2024');
    expect(matchedSelector(report, 'subject')).toBe('group_subject_2024');
  });

  it('reads an invoice, table cells on one line', async () => {
    const { messages } = await read(yahooAdapter, loadFixture('yahoo', 'benign.html', URL));
    expect(messages[0]!.message.from.address).toBe('registration@photonics-conference.example');
    expect(messages[0]!.message.text).toContain('Full registration EUR 650.00');
    expect(messages[0]!.message.text).toContain('Please pay within 30 days');
  });

  it('gives the same id on a second read', async () => {
    const doc = loadFixture('yahoo', 'risky.html', URL);
    expect((await read(yahooAdapter, doc)).messages[0]!.id).toBe((await read(yahooAdapter, doc)).messages[0]!.id);
  });

  it('falls back to the old body class and a looser message selector', async () => {
    const doc = loadFixture('yahoo', 'risky.html', URL);
    doc.querySelector('[data-test-id="message-view-body-content"]')!.removeAttribute('data-test-id');
    doc.querySelector('[data-test-id="message-view"]')!.removeAttribute('data-test-expanded');
    const { messages, report } = await read(yahooAdapter, doc);
    expect(messages).toHaveLength(1);
    expect(matchedSelector(report, 'message')).toBe('message_view_2022');
    expect(matchedSelector(report, 'body')).toBe('msg_body_2019');
  });
});
