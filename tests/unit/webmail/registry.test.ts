// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForHost } from '../../../lib/webmail/registry';

describe('adapterForHost', () => {
  it.each([
    ['mail.google.com', 'gmail'],
    ['outlook.office.com', 'outlook'],
    ['outlook.office365.com', 'outlook'],
    ['outlook.live.com', 'outlook'],
    ['mail.yahoo.com', 'yahoo'],
    ['mail.proton.me', 'proton'],
    ['app.fastmail.com', 'fastmail'],
    ['MAIL.Google.com.', 'gmail'],
  ])('picks the adapter for %s', (host, id) => {
    expect(adapterForHost(host).id).toBe(id);
  });

  it('uses Roundcube for self-hosted hosts the user added', () => {
    expect(adapterForHost('webmail.tu-delta.example', ['Webmail.TU-Delta.example']).id).toBe('roundcube');
  });

  it('falls back to the generic adapter for any other host', () => {
    expect(adapterForHost('mail.unknown.example').id).toBe('generic');
    expect(adapterForHost('webmail.tu-delta.example', ['other.example']).id).toBe('generic');
    expect(adapterForHost('google.com').id).toBe('generic');
  });

  it('registers every adapter once, with unique ids and hosts', () => {
    const ids = ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
    const hosts = ADAPTERS.flatMap((adapter) => adapter.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });
});
