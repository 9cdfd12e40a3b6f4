// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { addressIn, mailAddressOf } from '../../../lib/webmail/address';
import { fnv1a } from '../../../lib/webmail/content-hash';

function element(html: string): Element {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder.firstElementChild!;
}

describe('mailAddressOf', () => {
  it('takes the address from the attribute and the name from the name attribute', () => {
    expect(mailAddressOf(element('<span email="a.b@Example.ORG" name="A B">Bank Security</span>'))).toEqual({
      name: 'A B',
      address: 'a.b@example.org',
    });
  });

  it('keeps the display text as the name when it differs from the address, for identity checks', () => {
    expect(mailAddressOf(element('<span title="x@freemail.example">ceo@lumetra.example</span>'))).toEqual({
      name: 'ceo@lumetra.example',
      address: 'x@freemail.example',
    });
  });

  it('reads mailto links, without their query', () => {
    expect(mailAddressOf(element('<a href="mailto:li@x.example?subject=hi">Li</a>'))).toEqual({
      name: 'Li',
      address: 'li@x.example',
    });
  });

  it('does not read an address from a plain display name', () => {
    expect(mailAddressOf(element('<span title="Alexei Morozov">Alexei Morozov</span>'))).toBeNull();
    expect(mailAddressOf(element('<a href="https://x.example/a@b.example">a@b.example</a>'))).toBeNull();
  });

  it('accepts the Name <address> form that webmails render from the header', () => {
    expect(mailAddressOf(element('<span>Li Wen <span>&lt;li@x.example&gt;</span></span>'))).toEqual({
      name: 'Li Wen',
      address: 'li@x.example',
    });
  });

  it('leaves the name empty when the text is just the address', () => {
    expect(mailAddressOf(element('<span title="li@x.example">li@x.example</span>'))?.name).toBe('');
  });
});

describe('addressIn', () => {
  it('prefers the angle-bracket address in a header-style string', () => {
    expect(addressIn('"Morozov, A." <a@b.example>')).toBe('a@b.example');
    expect(addressIn('nothing here')).toBeNull();
  });
});

describe('fnv1a', () => {
  it('matches the published FNV-1a test values', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
});
