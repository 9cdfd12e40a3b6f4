// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { outlookAdapter } from '../../../lib/webmail/outlook';
import { addressShownAsText } from '../../../lib/webmail/address';
import { pageFrom, read } from './fixture-page';

function element(html: string): Element {
  return pageFrom(`<div id="line">${html}</div>`).getElementById('line')!;
}

describe('an address shown as text beside the name', () => {
  it.each([
    ['an element of its own', '<span>Mila Horvat</span><span>mila.h@mail.example</span>', 'span:last-child', 'Mila Horvat'],
    ['hidden angle brackets around it', '<b>Mila Horvat</b><span><i aria-hidden="true">&lt;</i>mila.h@mail.example<i aria-hidden="true">&gt;</i></span>', 'span', 'Mila Horvat'],
    ['a text node after a bold name', '<strong>Mila Horvat</strong> mila.h@mail.example', '', 'Mila Horvat'],
    ['a text node glued to the name span', '<span>Mila Horvat</span>mila.h@mail.example', '', 'Mila Horvat'],
    ['one text line, "Name <address>"', 'Mila Horvat &lt;mila.h@mail.example&gt;', '', 'Mila Horvat'],
    ['a From label first', 'Van: <b>Mila Horvat</b> &lt;mila.h@Mail.Example&gt;', '', 'Mila Horvat'],
  ])('counts %s', (_shape, html, inner, name) => {
    const line = element(html);
    const target = inner ? line.querySelector(inner)! : line;
    expect(addressShownAsText(target)).toEqual({ name, address: 'mila.h@mail.example' });
  });

  it.each([
    ['a recipient line', 'To: <b>Daan Kuipers</b> &lt;d.kuipers@mail.example&gt;'],
    ['a Dutch recipient line', 'Aan: d.kuipers@mail.example'],
    ['a sentence that mentions an address', "You don't often get email from r.vos@mail.example. <span>Learn why</span>"],
    ['an address followed by more words', 'r.vos@mail.example <span>wrote this on Monday</span>'],
    ['a long text ending in an address', 'If anything in this report is unclear you can always write to our office at office@mail.example'],
    ['a display name that contains an address', '<span>"ceo@bank.example" (via Gmail)</span>'],
  ])('refuses %s', (_shape, html) => {
    const line = element(html);
    expect([line, ...line.querySelectorAll('*')].map(addressShownAsText).filter(Boolean)).toEqual([]);
  });
});

describe('the sender of a header without address attributes', () => {
  const PAGE = `<div role="navigation"><div role="tree"><div role="treeitem" title="me@own.example">me@own.example</div></div></div>
    <div role="main" data-app-section="MailReadCompose"><div role="heading" aria-level="2">Inspection report</div>
      <div class="persona"><div>Ruud Vos &lt;r.vos@hydrotec.example&gt;</div><div>To: Daan Kuipers</div></div>
      <div role="document"><div id="UniqueMessageBody_1" aria-label="Message body">Good morning Daan, the report is attached.</div></div>
    </div>`;

  it('is the header line, not the reader\'s own address in the folder tree', async () => {
    const { messages } = await read(outlookAdapter, pageFrom(PAGE, 'https://outlook.office.com/mail/inbox/id/AAQk'));
    expect(messages.map((open) => open.message.from)).toEqual([{ name: 'Ruud Vos', address: 'r.vos@hydrotec.example' }]);
  });

  it('is left empty rather than taken from the folder tree when the header shows none', async () => {
    const doc = pageFrom(PAGE.replace('Ruud Vos &lt;r.vos@hydrotec.example&gt;', 'Ruud Vos'), 'https://outlook.office.com/mail/inbox/id/AAQk');
    const { messages } = await read(outlookAdapter, doc);
    expect(messages.map((open) => [open.message.from.address, open.missing])).toEqual([['', ['sender']]]);
  });
});
