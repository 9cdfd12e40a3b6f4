// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { protonAdapter } from '../../../lib/webmail/proton';
import { anchorIsOutsideBody, loadFixture, matchedSelector, read } from './fixture-page';

const URL = 'https://mail.proton.me/u/0/inbox/conv-1';

describe('proton adapter', () => {
  it('reads the body from the same-origin iframe the page wrote, and skips the collapsed message', async () => {
    const doc = loadFixture('proton', 'risky.html', URL, true);
    const frame = doc.querySelector('iframe[data-testid="content-iframe"]') as HTMLIFrameElement;
    expect(frame.contentDocument?.querySelector('#proton-root p')).not.toBeNull();
    const { messages, report } = await read(protonAdapter, doc);
    expect(messages).toHaveLength(1);
    const [open] = messages;
    expect(open!.message.from).toEqual({ name: 'Li Wen', address: 'li.wen.science@freemail.example' });
    expect(open!.message.subject).toBe('Your talk at the embassy symposium');
    expect(open!.message.text).toContain('send me your unpublished measurement data and the fabrication recipe');
    expect(open!.message.text).toContain('We can continue on WhatsApp or Telegram');
    expect(open!.body.ownerDocument).toBe(frame.contentDocument);
    expect(open!.anchor).toEqual({ element: frame, position: 'before' });
    expect(anchorIsOutsideBody(open!)).toBe(true);
    expect(open!.id).toMatch(/^x7Rb1/);
    expect(matchedSelector(report, 'message')).toBe('expanded_message_container_2024');
    expect(matchedSelector(report, 'bodyFrame')).toBe('content_iframe_2024');
    expect(matchedSelector(report, 'body')).toBe('proton_root_2024');
    expect(matchedSelector(report, 'sender')).toBe('recipients_sender_2024');
    expect(matchedSelector(report, 'id')).toBe('data-message-id');
  });

  it('reads an ordinary message', async () => {
    const { messages } = await read(protonAdapter, loadFixture('proton', 'benign.html', URL, true));
    expect(messages[0]!.message.from.address).toBe('mark.jansen@lumetra.example');
    expect(messages[0]!.message.text).toContain('No rush, anything before Thursday noon is fine.');
  });

  it('gives no message before the page has written the frame', async () => {
    const { messages, report } = await read(protonAdapter, loadFixture('proton', 'risky.html', URL, false));
    expect(messages).toEqual([]);
    expect(matchedSelector(report, 'bodyFrame')).toBeNull();
  });

  it('falls back to any iframe and the frame body', async () => {
    const doc = loadFixture('proton', 'risky.html', URL, true);
    const frame = doc.querySelector('iframe[data-testid="content-iframe"]') as HTMLIFrameElement;
    frame.removeAttribute('data-testid');
    frame.contentDocument!.getElementById('proton-root')!.removeAttribute('id');
    const { messages, report } = await read(protonAdapter, doc);
    expect(messages).toHaveLength(1);
    expect(matchedSelector(report, 'message')).toBe('expanded_message_container_2024');
    expect(matchedSelector(report, 'bodyFrame')).toBe('any_iframe_2022');
    expect(matchedSelector(report, 'body')).toBe('frame_body_2022');
  });
});
