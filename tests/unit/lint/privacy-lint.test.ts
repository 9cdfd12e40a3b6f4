import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
// The project's own config file, so these tests prove what `npm run lint` enforces.
const eslint = new ESLint({ cwd: ROOT });

async function problems(code: string, filePath = 'lib/example.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) });
  return result!.messages.map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

describe('privacy lint', () => {
  it.each([
    ['fetch', "await fetch('/api');"],
    ['fetch through window', "void window.fetch('/api');"],
    ['fetch through globalThis by name', "void globalThis['fetch']('/api');"],
    ['XMLHttpRequest', 'const request = new XMLHttpRequest();'],
    ['WebSocket', "const socket = new WebSocket('wss://collector.example');"],
    ['EventSource', "const events = new EventSource('/stream');"],
    ['navigator.sendBeacon', "navigator.sendBeacon('/beacon', 'mail text');"],
    ['importScripts', "importScripts('helper.js');"],
  ])('reports %s', async (_name, code) => {
    const found = await problems(code);
    expect(found).not.toEqual([]);
    expect(found.every((problem) => /no-restricted-(globals|syntax)/.test(problem))).toBe(true);
  });

  it.each([
    ['a dynamic import of a URL', "await import('https://cdn.example.com/module.js');"],
    ['a script src', "const script = document.createElement('script'); script.src = 'https://cdn.example.com/x.js';"],
    ['a src set as an attribute', "document.createElement('script').setAttribute('src', `http://cdn.example.com/${1}.js`);"],
    ['a worker from a URL', "new Worker('https://cdn.example.com/worker.js');"],
    ['a human link used as a script', "const s = document.createElement('script'); s.src = 'https://www.aivd.nl/x.js';"],
  ])('reports remote code: %s', async (_name, code) => {
    expect(await problems(code)).toEqual([expect.stringMatching(/^waakzaam\/no-remote-url: Remote code/)]);
  });

  it.each([
    ['a string', "const endpoint = 'https://telemetry.example.com/collect';"],
    ['a template', 'const endpoint = `https://${location.host}/collect`;'],
    ['plain http', "const endpoint = 'http://192.0.2.1/';"],
  ])('reports a remote URL in %s', async (_name, code) => {
    expect(await problems(code)).toEqual([expect.stringMatching(/^waakzaam\/no-remote-url: Remote URL/)]);
  });

  it('reports a network API declared in the file to get past the rule on globals', async () => {
    const found = await problems("declare function fetch(url: string): Promise<unknown>;\nvoid fetch('/x');");
    expect(found).toEqual([expect.stringMatching(/^no-restricted-syntax/)]);
  });

  it("lets only the English tagger's loader import a script, and only one of the extension's own", async () => {
    const declared = 'declare function importScripts(...urls: string[]): void;\n';
    const loader = 'lib/runtime/english-tagger-script.ts';
    expect(await problems(`${declared}importScripts('/english-tagger.js');`, loader)).toEqual([]);
    expect(await problems(`${declared}importScripts('https://cdn.example.com/x.js');`, loader)).toEqual([
      expect.stringMatching(/^waakzaam\/no-remote-url: Remote code/),
    ]);
    expect(await problems(`${declared}importScripts('/english-tagger.js');`)).not.toEqual([]);
  });

  it('applies to entrypoints as well as lib', async () => {
    expect(await problems("void fetch('/x');", 'entrypoints/popup/main.ts')).toHaveLength(1);
  });

  it('cannot be switched off by a comment in the code', async () => {
    const found = await problems("// eslint-disable-next-line\nvoid fetch('/x');");
    expect(found.some((problem) => problem.startsWith('no-restricted-globals'))).toBe(true);
  });

  it('passes code that only uses extension APIs, match patterns and human links', async () => {
    const code = [
      "import { browser } from 'wxt/browser';",
      "const tagger = import('compromise');",
      "export const MATCHES = ['https://mail.google.com/*', `https://${'example.org'}/*`];",
      "export const AIVD = 'https://www.aivd.nl/contact';",
      "export const fetched = { fetchedAt: 0 }; // a property merely named like an API is fine",
      "void browser.storage.local.get('settings'); void tagger;",
    ].join('\n');
    expect(await problems(code)).toEqual([]);
  });
});
