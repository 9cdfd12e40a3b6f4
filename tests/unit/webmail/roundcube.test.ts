// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { roundcubeAdapter } from '../../../lib/webmail/roundcube';
import { anchorIsOutsideBody, loadFixture, matchedSelector, read } from './fixture-page';

const HOST = 'https://webmail.tu-delta.example';
const FRAME_URL = `${HOST}/?_task=mail&_caps=pdf%3D1&_uid=4711&_mbox=INBOX&_framed=1&_action=preview`;

describe('roundcube adapter', () => {
  it('reads the message in the reading-pane frame, id from the frame URL', async () => {
    const doc = loadFixture('roundcube', 'message-risky.html', FRAME_URL);
    const { messages, report } = await read(roundcubeAdapter, doc);
    expect(messages).toHaveLength(1);
    const [open] = messages;
    expect(open!.id).toBe('INBOX/4711');
    expect(open!.message.from).toEqual({ name: 'Li Wen', address: 'li.wen.science@freemail.example' });
    expect(open!.message.replyTo).toEqual([{ name: 'Li Wen', address: 'wen.li.contact@securemail.example' }]);
    expect(open!.message.subject).toBe('Your talk at the embassy symposium');
    expect(open!.message.text).toContain('Please keep this between us');
    expect(open!.message.text).toContain('> Thank you for the kind invitation.');
    expect(open!.anchor).toEqual({ element: doc.getElementById('messagebody'), position: 'before' });
    expect(anchorIsOutsideBody(open!)).toBe(true);
    expect(matchedSelector(report, 'sender')).toBe('header_from_contact_2024');
    expect(matchedSelector(report, 'id')).toBe('url_uid_mbox');
    expect(roundcubeAdapter.readingPane(doc)).toBe(doc.getElementById('layout-content'));
  });

  it('reads the Dutch ordinary message', async () => {
    const url = FRAME_URL.replace('4711', '4712');
    const { messages } = await read(roundcubeAdapter, loadFixture('roundcube', 'message-benign.html', url));
    expect(messages[0]!.id).toBe('INBOX/4712');
    expect(messages[0]!.message.text).toContain('Kun je mij de slides van de kwartaalpresentatie sturen?');
  });

  it('does nothing in the outer mailbox page, which points its frame at the message', async () => {
    const doc = loadFixture('roundcube', 'risky.html', `${HOST}/?_task=mail&_mbox=INBOX`);
    expect(doc.querySelector('iframe#messagecontframe')?.getAttribute('src')).toMatch(/^message-risky\.html\?/);
    expect(roundcubeAdapter.readingPane(doc)).toBeNull();
    expect((await read(roundcubeAdapter, doc)).messages).toEqual([]);
  });

  it('falls back to a content hash without _uid, and to the first contact link without the header class', async () => {
    const doc = loadFixture('roundcube', 'message-risky.html', `${HOST}/?_task=mail&_action=show`);
    doc.querySelector('#message-header .from')!.className = 'sender';
    const { messages, report } = await read(roundcubeAdapter, doc);
    expect(messages[0]!.id).toMatch(/^h:[0-9a-f]{8}$/);
    expect(messages[0]!.message.from.address).toBe('li.wen.science@freemail.example');
    expect(matchedSelector(report, 'sender')).toBe('first_contact_address_2020');
  });

  it('leaves the screen-reader label out of the subject', async () => {
    const doc = loadFixture('roundcube', 'message-risky.html', `${HOST}/?_task=mail&_action=show`);
    doc.querySelector('#message-header h2.subject')!.insertAdjacentHTML('afterbegin', '<span class="voice">Subject: </span>');
    const { messages } = await read(roundcubeAdapter, doc);
    expect(messages[0]!.message.subject).toBe('Your talk at the embassy symposium');
  });
});
