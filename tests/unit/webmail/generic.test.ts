// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { genericAdapter, withHeuristicReader } from '../../../lib/webmail/generic';
import { gmailAdapter } from '../../../lib/webmail/gmail';
import { outlookAdapter } from '../../../lib/webmail/outlook';
import { anchorIsOutsideBody, fixtureHtml, loadFixture, matchedSelector, pageFrom, read } from './fixture-page';

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

const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/18e3aa01b2c3d401';

/** Gmail's risky page after a redesign the adapter does not know: no message, body or wrapper class it looks for. */
function redesignedGmail(): Document {
  const page = fixtureHtml('gmail', 'risky.html')
    .replace('class="adn ads"', 'class="msg-2027"')
    .replace('class="ii gt"', 'class="body-wrap-2027"')
    .replace('class="a3s aiL"', 'class="body-2027"');
  return pageFrom(page, GMAIL_URL);
}

describe('heuristic reader behind a known webmail\'s adapter', () => {
  const gmail = withHeuristicReader(gmailAdapter);

  it('leaves a page the adapter reads to the adapter, and says so', async () => {
    const { messages, report } = await read(gmail, loadFixture('gmail', 'risky.html', GMAIL_URL));
    expect(messages).toHaveLength(1);
    expect(report.reader).toBe('adapter');
    expect(report.fields.some((field) => field.field.startsWith('heuristic'))).toBe(false);
  });

  it('reads the largest text block in the main landmark when the adapter finds nothing, with the sender before it', async () => {
    const doc = redesignedGmail();
    expect((await read(gmailAdapter, doc)).messages).toEqual([]);
    const { messages, report } = await read(gmail, doc);
    expect(report.reader).toBe('heuristic');
    expect(messages).toHaveLength(1);
    // The recipient ("to me") is closer to the body, but the header's first address-carrying element is the sender.
    expect(messages[0]!.message.from).toEqual({ name: 'Alexei Morozov', address: 'alexei.morozov.mission@mailbox.example' });
    expect(messages[0]!.message.subject).toBe('Following up on our conversation at the reception');
    expect(messages[0]!.message.text).toMatch(/^Dear Mr\. de Vries,/);
    expect(messages[0]!.message.text).toContain('keep this between the two of us');
    expect(messages[0]!.message.text).not.toContain('Archive');
    expect(anchorIsOutsideBody(messages[0]!)).toBe(true);
    expect(matchedSelector(report, 'heuristicBody')).toBe('largest_text_block');
    expect(matchedSelector(report, 'heuristicSender')).toBe('closest_preceding_address');
  });

  it('prefers the address an attribute carries over a display name holding another address', async () => {
    const doc = redesignedGmail();
    const sender = doc.querySelector('span[email="alexei.morozov.mission@mailbox.example"]')!;
    sender.insertAdjacentHTML('afterend', '<span>Security Desk &lt;security@lumetra.example&gt;</span>');
    const { messages } = await read(gmail, doc);
    expect(messages[0]!.message.from.address).toBe('alexei.morozov.mission@mailbox.example');
  });

  it('reads an address shown only as text next to the name when no attribute carries one', async () => {
    const doc = redesignedGmail();
    doc.querySelectorAll('[email]').forEach((element) => {
      element.removeAttribute('email');
      element.removeAttribute('data-hovercard-id');
    });
    doc.querySelector('span.go')?.remove();
    doc.querySelector('.msg-2027 .gs')!.insertAdjacentHTML(
      'afterbegin',
      '<div><span>Alexei Morozov</span><span>&lt;alexei.morozov.mission@mailbox.example&gt;</span></div>',
    );
    const { messages } = await read(gmail, doc);
    expect(messages[0]!.message.from).toEqual({ name: 'Alexei Morozov', address: 'alexei.morozov.mission@mailbox.example' });
  });

  it('reads nothing when the main landmark holds a message list and no open message', async () => {
    const rows = Array.from(
      { length: 8 },
      (_, index) =>
        `<tr role="row" class="zA"><td><span email="sender${index}@example.org" name="Sender ${index}">Sender ${index}</span></td>` +
        `<td>Quarterly planning round ${index}: please send your numbers before Friday so we can close the books</td></tr>`,
    ).join('');
    const doc = pageFrom(`<div role="main"><div role="toolbar">Archive</div><table role="grid"><tbody>${rows}</tbody></table></div>`, GMAIL_URL);
    const { messages, report } = await read(gmail, doc);
    expect(messages).toEqual([]);
    expect(report.reader).toBeUndefined();
  });

  it('never reads what the user is writing', async () => {
    const doc = pageFrom(
      `<div role="main"><span email="me@example.org">me</span>
       <div contenteditable="true" role="textbox">${BODY_TEXT}${BODY_TEXT}</div></div>`,
      GMAIL_URL,
    );
    expect((await read(gmail, doc)).messages).toEqual([]);
  });

  it('reads nothing without an address before the body: a page with no sender is not taken for a message', async () => {
    const doc = pageFrom(`<div role="main"><h2>Settings</h2><div><div>${BODY_TEXT}${BODY_TEXT}</div></div></div>`, GMAIL_URL);
    const { messages, report } = await read(gmail, doc);
    expect(messages).toEqual([]);
    expect(matchedSelector(report, 'heuristicSender')).toBeNull();
  });

  it('skips hidden text when it looks for the largest block', async () => {
    const doc = pageFrom(
      `<div role="main"><span title="visible@sender.example">Visible</span>
       <div><p>Short visible note about the meeting room booking for Thursday afternoon.</p></div>
       <div style="display:none">${BODY_TEXT.repeat(6)}</div></div>`,
      'https://outlook.office.com/mail/',
    );
    const { messages } = await read(withHeuristicReader(outlookAdapter), doc);
    expect(messages.map((open) => [open.message.from.address, open.message.text])).toEqual([
      ['visible@sender.example', 'Short visible note about the meeting room booking for Thursday afternoon.'],
    ]);
  });
});
