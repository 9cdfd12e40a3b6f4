// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { outlookAdapter } from '../../../lib/webmail/outlook';
import { anchorIsOutsideBody, loadFixture, matchedSelector, pageFrom, read } from './fixture-page';

const URL = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWVmLTA4ZTYtMDACLTAwCgAQAGT001x9QkVmZUKq';

describe('outlook adapter', () => {
  it('reads a Dutch risky message, with the body found by its translated label', async () => {
    const { messages, report } = await read(outlookAdapter, loadFixture('outlook', 'risky.html', URL));
    expect(messages).toHaveLength(1);
    const [open] = messages;
    expect(open!.message.from).toEqual({ name: 'Viktor Sokolov', address: 'v.sokolov.ambassade@postbus.example' });
    expect(open!.message.subject).toBe('Fijn u te spreken op de receptie');
    expect(open!.message.text).toContain('Het lijkt mij verstandig dit voorlopig onder ons te houden');
    expect(open!.message.text).toContain('Laten we verder praten via Signal');
    expect(open!.id).toMatch(/^h:[0-9a-f]{8}$/);
    expect(anchorIsOutsideBody(open!)).toBe(true);
    expect(matchedSelector(report, 'readingPane')).toBe('conversation_section_2024');
    expect(matchedSelector(report, 'message')).toBe('expanded_list_item_2024');
    expect(matchedSelector(report, 'body')).toBe('body_label_nl_2024');
    expect(matchedSelector(report, 'sender')).toBe('persona_title_2024');
    expect(matchedSelector(report, 'subject')).toBe('subject_heading_2024');
    expect(matchedSelector(report, 'id')).toBe('content-hash');
  });

  it('reads a Dutch ordinary message', async () => {
    const { messages } = await read(outlookAdapter, loadFixture('outlook', 'benign.html', URL));
    expect(messages.map((open) => open.message.from.address)).toEqual(['jan.bakker@tu-delta.example']);
    expect(messages[0]!.message.text).toContain('Vrijdag voor de lunch is prima.');
  });

  it('reads all three messages of a conversation, oldest first', async () => {
    const { messages, report } = await read(outlookAdapter, loadFixture('outlook', 'conversation.html', URL));
    expect(messages.map((open) => open.message.from.address)).toEqual([
      'lisa.jansen@lumetra.example',
      'pieter.devries@lumetra.example',
      'alexei.morozov.mission@mailbox.example',
    ]);
    expect(matchedSelector(report, 'body')).toBe('body_label_en_2024');
    expect(messages[2]!.message.text).toContain('> Thanks Lisa, it was a good session.');
    expect(messages.every(anchorIsOutsideBody)).toBe(true);
  });

  it('gives the same content-hash ids on a second read, different per message', async () => {
    const doc = loadFixture('outlook', 'conversation.html', URL);
    const first = await (await read(outlookAdapter, doc)).messages.map((open) => open.id);
    expect(new Set(first).size).toBe(3);
    expect((await read(outlookAdapter, doc)).messages.map((open) => open.id)).toEqual(first);
  });

  it('falls back when the labels and title attributes change', async () => {
    const doc = loadFixture('outlook', 'risky.html', URL);
    doc.querySelectorAll('[aria-label="Berichttekst"]').forEach((body) => body.removeAttribute('aria-label'));
    doc.querySelectorAll('[data-app-section]').forEach((section) => section.removeAttribute('data-app-section'));
    const { messages, report } = await read(outlookAdapter, doc);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message.text).toContain('royale vergoeding van 4.000 euro');
    expect(matchedSelector(report, 'readingPane')).toBe('reading_pane_id_2021');
    expect(matchedSelector(report, 'body')).toBe('unique_body_2019');
  });

  it('reads the address from an aria-label when the title is gone', async () => {
    const doc = loadFixture('outlook', 'risky.html', URL);
    const persona = doc.querySelector('span.lpc-hoverTarget')!;
    persona.removeAttribute('title');
    persona.setAttribute('aria-label', 'Van: Viktor Sokolov <v.sokolov.ambassade@postbus.example>');
    doc.querySelectorAll('[title*="@"]').forEach((element) => element.removeAttribute('title'));
    const { messages, report } = await read(outlookAdapter, doc);
    expect(messages[0]!.message.from).toEqual({ name: 'Viktor Sokolov', address: 'v.sokolov.ambassade@postbus.example' });
    expect(matchedSelector(report, 'sender')).toBe('from_persona_attribute_nl_2025');
  });

  it('follows navigation through history.pushState', async () => {
    const doc = loadFixture('outlook', 'navigation.html', 'https://outlook.office.com/mail/inbox', true);
    expect((await read(outlookAdapter, doc)).messages[0]!.message.from.address).toBe('mark.jansen@lumetra.example');
    const options = doc.querySelectorAll<HTMLElement>('[role="option"]');
    options[1]!.click();
    expect(doc.location.pathname).toMatch(/^\/mail\/inbox\/id\//);
    const risky = await (await read(outlookAdapter, doc)).messages;
    expect(risky[0]!.message.from.address).toBe('alexei.morozov.mission@mailbox.example');
    expect(risky[0]!.message.text).toContain('keep this between the two of us');
    options[2]!.click();
    expect((await read(outlookAdapter, doc)).messages[0]!.message.subject).toBe('Slides kwartaalpresentatie');
  });
});

describe('outlook adapter on a layout it was not written for', () => {
  // An expanded message without the list role, the address only as text, the subject above the conversation.
  const PAGE = `<!doctype html><html><body>
    <div data-app-section="MailReadCompose">
      <div role="heading" aria-level="2"><span class="x1">Quarterly figures</span></div>
      <div data-app-section="ConversationContainer" aria-label="Conversation">
        <div aria-expanded="true" aria-label="Email message">
          <div class="hdr"><span class="n1">Ilse de Wit<span class="a1">&lt;ilse.dewit@partner.example&gt;</span></span>
            <div>To: <span>Anna Maes &lt;anna@lumetech.example&gt;</span></div></div>
          <div aria-label="Message body"><p>The figures are attached, as discussed on Monday.</p></div>
        </div>
        <div aria-expanded="false" aria-label="Email message"><span>Older message</span></div>
      </div>
    </div></body></html>`;

  it('finds the message, the sender written as "Name <address>" and the subject around the pane', async () => {
    const { messages, report } = await read(outlookAdapter, pageFrom(PAGE, URL));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message.from).toEqual({ name: 'Ilse de Wit', address: 'ilse.dewit@partner.example' });
    expect(messages[0]!.message.subject).toBe('Quarterly figures');
    expect(matchedSelector(report, 'message')).toBe('expanded_block_2025');
    expect(matchedSelector(report, 'sender')).toBe('address_in_text_2025');
  });

  it('still reads a message whose subject it cannot find, and says so', async () => {
    const { messages, report } = await read(outlookAdapter, pageFrom(PAGE.replace('role="heading" aria-level="2"', ''), URL));
    expect(messages.map((open) => [open.message.from.address, open.message.subject])).toEqual([['ilse.dewit@partner.example', '']]);
    expect(matchedSelector(report, 'subject')).toBeNull();
  });
});

/** Reduced from the structure of three panes cut from outlook.office.com (tests/fixtures/webmail/outlook-panes). */
describe('outlook adapter on panes shaped like the real outlook.office.com', () => {
  it('reads the conversation pane: one message, its sender from the From persona, its body', async () => {
    const { messages, report } = await read(outlookAdapter, loadFixture('outlook-panes', 'conversation.html', URL));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message.from.address).toBe('r.okonkwo@beamline.example');
    expect(messages[0]!.message.text).toContain('-----BEGIN PGP MESSAGE-----');
    expect(messages[0]!.missing).toEqual(['subject']);
    expect(matchedSelector(report, 'message')).toBe('expanded_block_2025');
    expect(matchedSelector(report, 'sender')).toBe('from_persona_attribute_en_2025');
    expect(anchorIsOutsideBody(messages[0]!)).toBe(true);
  });

  it('reads the pane without a sender persona from its body alone, leaving the attachment well out', async () => {
    const { messages } = await read(outlookAdapter, loadFixture('outlook-panes', 'attachment.html', URL));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message.from).toEqual({ name: '', address: '' });
    expect(messages[0]!.missing).toEqual(['sender', 'subject']);
    expect(messages[0]!.message.text).toContain('calibration report for the spectrometer');
    expect(messages[0]!.message.text).not.toContain('318 KB');
  });

  it('reads the German pane with conversations off: one message found from its body, sender from "Von:"', async () => {
    const { messages, report } = await read(outlookAdapter, loadFixture('outlook-panes', 'german.html', URL));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message.from.address).toBe('k.brandt@vakuumtechnik.example');
    expect(messages[0]!.message.text).toContain('Wartung der Vakuumkammer ist für Donnerstag');
    expect(matchedSelector(report, 'message')).toBeNull();
    expect(matchedSelector(report, 'bodyFirst')).toBe('body_label_de_2024');
    expect(matchedSelector(report, 'sender')).toBe('from_persona_attribute_de_2025');
  });

  it('never takes a recipient for the sender when the From persona is gone', async () => {
    const doc = loadFixture('outlook-panes', 'german.html', URL);
    doc.querySelector('[aria-label^="Von:"]')!.remove();
    doc.querySelector('[data-testid="RecipientWell"] span')!.setAttribute('title', 'l.vogel@institut.example');
    const { messages } = await read(outlookAdapter, doc);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message.from.address).toBe('');
    expect(messages[0]!.missing).toContain('sender');
  });

  it('takes the address from the hover target before a display name that holds another address', async () => {
    const doc = loadFixture('outlook-panes', 'conversation.html', URL);
    const persona = doc.querySelector('[aria-label^="From:"]')!;
    persona.setAttribute('aria-label', 'From: IT Desk');
    persona.innerHTML =
      '<span class="OZZZK">IT Desk &lt;helpdesk@beamline.example&gt;</span><button class="lpc-hoverTarget" title="x9@freemail.example"></button>';
    const { messages, report } = await read(outlookAdapter, doc);
    expect(messages[0]!.message.from.address).toBe('x9@freemail.example');
    expect(matchedSelector(report, 'sender')).toBe('from_persona_hover_target_en_2025');
  });
});
