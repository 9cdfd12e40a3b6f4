// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../lib/webmail/gmail';
import { anchorIsOutsideBody, loadFixture, matchedSelector, read } from './fixture-page';

const URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzGxSbdTvWxZqPtLkMnJrHgFdSaY';

describe('gmail adapter', () => {
  it('reads the open risky message with the sender from the email attribute', async () => {
    const { messages, report } = await read(gmailAdapter, loadFixture('gmail', 'risky.html', URL));
    expect(messages).toHaveLength(1);
    const [open] = messages;
    expect(open!.message.from).toEqual({ name: 'Alexei Morozov', address: 'alexei.morozov.mission@mailbox.example' });
    expect(open!.message.subject).toBe('Following up on our conversation at the reception');
    expect(open!.message.text).toContain('I suggest we keep this between the two of us for now');
    expect(open!.message.text).toContain('It is also easier to continue on Signal');
    expect(open!.message.text).toContain('Kind regards,\nAlexei Morozov\nSecond Secretary, Science and Technology');
    expect(open!.id).toBe('#msg-f:1799300000025110901');
    expect(open!.body.matches('div.a3s.aiL')).toBe(true);
    expect(anchorIsOutsideBody(open!)).toBe(true);
    expect(open!.anchor).toEqual({ element: open!.body.parentElement, position: 'before' });
    expect(matchedSelector(report, 'readingPane')).toBe('main_role_2024');
    expect(matchedSelector(report, 'message')).toBe('adn_ads_expanded_2024');
    expect(matchedSelector(report, 'body')).toBe('a3s_ail_2024');
    expect(matchedSelector(report, 'sender')).toBe('gD_email_2024');
    expect(matchedSelector(report, 'subject')).toBe('hP_2024');
    expect(matchedSelector(report, 'id')).toBe('data-message-id');
  });

  it('reads an ordinary message', async () => {
    const { messages } = await read(gmailAdapter, loadFixture('gmail', 'benign.html', URL));
    expect(messages.map((open) => open.message.from.address)).toEqual(['mark.jansen@lumetra.example']);
    expect(messages[0]!.message.text).toContain("Could you send me the slides from Tuesday's EUV process review?");
  });

  it('reads every expanded message of a thread, oldest first, quoted history marked', async () => {
    const { messages } = await read(gmailAdapter, loadFixture('gmail', 'conversation.html', URL));
    expect(messages.map((open) => open.message.from.address)).toEqual([
      'lisa.jansen@lumetra.example',
      'pieter.devries@lumetra.example',
      'alexei.morozov.mission@mailbox.example',
    ]);
    expect(new Set(messages.map((open) => open.id)).size).toBe(3);
    expect(messages.every((open) => open.message.subject === 'Photonics workshop in Eindhoven')).toBe(true);
    expect(messages[2]!.message.text).toContain('> Thanks Lisa, it was a good session. Nice to meet everyone.');
    expect(messages.every(anchorIsOutsideBody)).toBe(true);
  });

  it('gives the same ids on a second read', async () => {
    const doc = loadFixture('gmail', 'conversation.html', URL);
    const first = await (await read(gmailAdapter, doc)).messages.map((open) => open.id);
    expect((await read(gmailAdapter, doc)).messages.map((open) => open.id)).toEqual(first);
  });

  it('falls back to older selectors when the newest ones are gone', async () => {
    const doc = loadFixture('gmail', 'risky.html', URL);
    doc.querySelectorAll('div.a3s').forEach((body) => body.classList.remove('aiL'));
    doc.querySelectorAll('span.gD').forEach((sender) => sender.classList.remove('gD'));
    doc.querySelectorAll('h2.hP').forEach((subject) => subject.classList.remove('hP'));
    doc.querySelectorAll('div.adn').forEach((message) => message.removeAttribute('data-message-id'));
    const { messages, report } = await read(gmailAdapter, doc);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message.from.address).toBe('alexei.morozov.mission@mailbox.example');
    expect(messages[0]!.message.subject).toBe('Following up on our conversation at the reception');
    expect(messages[0]!.id).toMatch(/^18e3/);
    expect(matchedSelector(report, 'body')).toBe('a3s_2019');
    expect(matchedSelector(report, 'sender')).toBe('gF_email_2020');
    expect(matchedSelector(report, 'subject')).toBe('ha_heading_2019');
    expect(matchedSelector(report, 'id')).toBe('data-legacy-message-id');
  });

  it('reads the address shown as text beside the name when the name carries none (a trimmed header)', async () => {
    const doc = loadFixture('gmail', 'risky.html', URL);
    for (const name of doc.querySelectorAll('span.gD')) {
      for (const attribute of ['email', 'data-hovercard-id']) name.removeAttribute(attribute);
    }
    const { messages, report } = await read(gmailAdapter, doc);
    expect(messages.map((open) => open.message.from)).toEqual([
      { name: 'Alexei Morozov', address: 'alexei.morozov.mission@mailbox.example' },
    ]);
    expect(matchedSelector(report, 'sender')).toBe('address_text_element_2025');
  });

  it('never takes the recipient ("to me") as the sender', async () => {
    const doc = loadFixture('gmail', 'risky.html', URL);
    doc.querySelectorAll('span.gD, span.go').forEach((sender) => sender.remove());
    const { messages, report } = await read(gmailAdapter, doc);
    // Read from its body, without a sender: the recipient's address is never put in its place.
    expect(messages.map((open) => [open.message.from.address, open.missing])).toEqual([['', ['sender']]]);
    expect(matchedSelector(report, 'sender')).toBeNull();
  });

  it('ignores sender-like markup inside the mail body', async () => {
    const doc = loadFixture('gmail', 'risky.html', URL);
    doc.querySelectorAll('span.gD, span.go').forEach((sender) => sender.remove());
    doc.querySelector('div.a3s')!.insertAdjacentHTML(
      'afterbegin',
      '<span class="gD" email="security@lumetra.example" name="Security Office">Security Office</span>',
    );
    expect((await read(gmailAdapter, doc)).messages.map((open) => open.message.from.address)).toEqual(['']);
  });

  it('follows navigation that swaps the reading pane without a reload', async () => {
    const doc = loadFixture('gmail', 'navigation.html', 'https://mail.google.com/mail/u/0/#inbox', true);
    expect((await read(gmailAdapter, doc)).messages.map((open) => open.message.from.address)).toEqual([
      'mark.jansen@lumetra.example',
    ]);
    (doc.querySelector('tr.zA[data-route="FMfcgzGxSbdTvWxZqPtLkMnJrHgFdSaY"]') as HTMLElement).click();
    expect(doc.location.hash).toBe('#inbox/FMfcgzGxSbdTvWxZqPtLkMnJrHgFdSaY');
    const risky = await (await read(gmailAdapter, doc)).messages;
    expect(risky.map((open) => open.message.from.address)).toEqual(['alexei.morozov.mission@mailbox.example']);
    expect(risky[0]!.message.text).toContain('consulting fee of EUR 5,000');
    (doc.querySelector('tr.zA[data-route="FMfcgzGxSbdTpLkJhGfDsAqWeRtYuIoP"]') as HTMLElement).click();
    const dutch = await (await read(gmailAdapter, doc)).messages;
    expect(dutch[0]!.message.subject).toBe('Slides kwartaalpresentatie');
    expect(dutch[0]!.message.text).toContain('Kun je mij de slides van de kwartaalpresentatie sturen?');
    expect(dutch[0]!.id).not.toBe(risky[0]!.id);
  });
});
