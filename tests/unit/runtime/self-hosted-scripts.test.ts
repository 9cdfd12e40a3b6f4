import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { registerSelfHostedScripts, SELF_HOSTED_SCRIPT_ID } from '../../../lib/runtime/self-hosted-scripts';

type Registered = Parameters<typeof fakeBrowser.scripting.registerContentScripts>[0][number];

/**
 * fakeBrowser has no `scripting` or `permissions`; these in-memory versions keep the same contract as
 * Chromium's (duplicate ids are an error, `contains` checks granted origins).
 */
function installBrowserState(grantedOrigins: string[]) {
  const registered = new Map<string, Registered>();
  fakeBrowser.permissions.contains = async ({ origins = [] }) => origins.every((origin) => grantedOrigins.includes(origin));
  fakeBrowser.scripting.getRegisteredContentScripts = async (filter) =>
    [...registered.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id));
  fakeBrowser.scripting.registerContentScripts = async (scripts) => {
    for (const script of scripts) {
      if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      registered.set(script.id, script);
    }
  };
  fakeBrowser.scripting.unregisterContentScripts = async (filter) => {
    for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
  };
  return registered;
}

beforeEach(() => fakeBrowser.reset());

describe('registerSelfHostedScripts', () => {
  it('registers the webmail script in every frame of the granted hosts only', async () => {
    const registered = installBrowserState(['https://webmail.uni.example/*']);
    const matches = await registerSelfHostedScripts(['webmail.uni.example', 'mail.not-granted.example']);
    expect(matches).toEqual(['https://webmail.uni.example/*']);
    expect(registered.get(SELF_HOSTED_SCRIPT_ID)).toMatchObject({
      js: ['content-scripts/webmail.js'],
      matches: ['https://webmail.uni.example/*'],
      allFrames: true,
      runAt: 'document_idle',
    });
  });

  it('replaces the registration when the hosts change, and removes it when none is left', async () => {
    const registered = installBrowserState(['https://a.example/*', 'http://b.example/*']);
    await registerSelfHostedScripts(['a.example']);
    await registerSelfHostedScripts(['a.example', 'b.example']);
    expect(registered.get(SELF_HOSTED_SCRIPT_ID)?.matches).toEqual(['https://a.example/*', 'http://b.example/*']);
    await registerSelfHostedScripts([]);
    expect(registered.size).toBe(0);
  });

  it('registers the valid hosts when a stored host is one the options page would refuse', async () => {
    const registered = installBrowserState(['https://webmail.uni.example/*']);
    // Like Chromium, a pattern that is no origin pattern is an error for the whole call.
    const contains = fakeBrowser.permissions.contains;
    fakeBrowser.permissions.contains = async (permissions) => {
      if (permissions.origins?.some((origin) => !/^https?:\/\/[a-z0-9.-]+\/\*$/.test(origin))) throw new Error('Invalid url pattern');
      return contains(permissions);
    };
    const matches = await registerSelfHostedScripts(['*', 'webmail.uni.example', 'https://x.example/*']);
    expect(matches).toEqual(['https://webmail.uni.example/*']);
    expect(registered.get(SELF_HOSTED_SCRIPT_ID)?.matches).toEqual(['https://webmail.uni.example/*']);
  });
});
