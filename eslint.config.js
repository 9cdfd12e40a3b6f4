// @ts-check
/**
 * Not a style guide: a privacy lint (extension code must not talk to the network or load remote code) and the
 * boundaries between the folders of lib/. Runs on `entrypoints/` and `lib/` (npm run lint);
 * tests/unit/lint/privacy-lint.test.ts and boundaries-lint.test.ts prove each rule can fail.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Links a person follows from the UI; never loaded by the extension. */
const HUMAN_LINKS = ['https://www.aivd.nl/'];

const NETWORK_APIS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts'];
const NO_NETWORK = 'Waakzaam makes no network requests: nothing read in webmail may leave the browser.';

const REMOTE_URL = /^https?:\/\//i;
/** A match pattern (`https://host/*`) names pages to run on or ask permission for; it is never loaded. */
const MATCH_PATTERN = /^https?:\/\/[^/]*\/\*$/i;

/** The text of a string or template literal, with each `${…}` as `*`; null for anything else. */
function literalText(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral') return node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join('*');
  return null;
}

/**
 * `import(url)`, `importScripts(url)`, `x.src = url`, `setAttribute('src', url)`, `new Worker(url)`: places where a URL
 * becomes code.
 */
function loadsCode(node) {
  const parent = node.parent;
  if (parent?.type === 'ImportExpression' && parent.source === node) return true;
  if (parent?.type === 'AssignmentExpression' && parent.right === node) {
    return parent.left.type === 'MemberExpression' && parent.left.property.type === 'Identifier' && parent.left.property.name === 'src';
  }
  if (parent?.type === 'CallExpression' && parent.callee.type === 'Identifier' && parent.callee.name === 'importScripts') return true;
  if (parent?.type === 'CallExpression' && parent.arguments.at(-1) === node) {
    const callee = parent.callee;
    const setsSrc =
      callee.type === 'MemberExpression' &&
      callee.property.type === 'Identifier' &&
      callee.property.name === 'setAttribute' &&
      literalText(parent.arguments[0])?.toLowerCase() === 'src';
    if (setsSrc) return true;
  }
  return parent?.type === 'NewExpression' && parent.callee.type === 'Identifier' && /^(Shared)?Worker$/.test(parent.callee.name);
}

const noRemoteUrl = {
  meta: {
    type: 'problem',
    messages: {
      remoteCode: 'Remote code: {{url}} would be loaded as a script. The extension ships all of its code.',
      remoteUrl: 'Remote URL {{url}}: the extension talks to no server. Human links belong in HUMAN_LINKS in eslint.config.js.',
    },
    schema: [],
  },
  create(context) {
    const check = (node) => {
      const text = literalText(node);
      if (text === null || !REMOTE_URL.test(text)) return;
      if (loadsCode(node)) context.report({ node, messageId: 'remoteCode', data: { url: text } });
      else if (!MATCH_PATTERN.test(text) && !HUMAN_LINKS.some((link) => text.startsWith(link))) {
        context.report({ node, messageId: 'remoteUrl', data: { url: text } });
      }
    };
    return { Literal: check, TemplateLiteral: check };
  },
};

/**
 * The rules against `apis`: using one as a global, through an object, or after declaring it yourself (a declared
 * `fetch` is no longer the global the first rule looks for).
 */
function networkRules(apis) {
  return {
    'no-restricted-globals': ['error', ...apis.map((name) => ({ name, message: NO_NETWORK }))],
    'no-restricted-syntax': [
      'error',
      // `window.fetch`, `globalThis['WebSocket']`, `navigator.sendBeacon` and the like.
      ...[...apis, 'sendBeacon'].flatMap((name) => [
        { selector: `MemberExpression[computed=false][property.name='${name}']`, message: NO_NETWORK },
        { selector: `MemberExpression[computed=true][property.value='${name}']`, message: NO_NETWORK },
        { selector: `TSDeclareFunction[id.name='${name}'], VariableDeclarator[id.name='${name}']`, message: NO_NETWORK },
      ]),
    ],
  };
}

/**
 * What each folder of lib/ may import, written once: data flows page → adapter → message → engine → findings →
 * banner / popup. `model` holds the types every layer shares; the engine knows no pages, adapters know no signals,
 * rules never import the engine. Entry points may import any of lib/; nothing in lib/ imports an entry point.
 */
export const LAYERS = {
  model: [],
  rules: ['model'],
  engine: ['model', 'rules'],
  mail: ['model'],
  'visible-text': [],
  webmail: ['model', 'visible-text'],
  history: ['model', 'engine'],
  'ui-text': ['model'],
  ui: [],
  banner: ['model', 'ui-text', 'visible-text'],
  settings: ['model', 'rules', 'history'],
  runtime: ['model', 'rules', 'engine', 'history', 'webmail', 'banner', 'settings', 'ui-text'],
  scan: ['model', 'engine', 'history', 'mail', 'ui-text'],
  evaluation: ['model', 'engine', 'mail', 'scan', 'ui-text'],
  fitting: ['model', 'rules', 'engine', 'mail', 'evaluation'],
  scaling: ['model', 'rules', 'engine', 'mail', 'evaluation'],
};

const ROOT = import.meta.dirname;

/** `lib/<folder>` of a path inside the project, `entrypoints` for the entry points, or null. */
function layerOf(path) {
  const parts = relative(ROOT, path).split(sep);
  if (parts[0] === 'entrypoints') return 'entrypoints';
  return parts[0] === 'lib' && parts.length >= 2 ? parts[1] : null;
}

const layerImports = {
  meta: {
    type: 'problem',
    messages: {
      forbidden: "lib/{{from}} may not import lib/{{to}} (allowed: {{allowed}}); the layers are in eslint.config.js.",
      entrypoint: 'lib/ never imports an entry point: entry points are thin and import lib/.',
      unknown: 'lib/{{from}} is not in LAYERS in eslint.config.js: say what it may import.',
    },
    schema: [],
  },
  create(context) {
    const from = layerOf(context.filename);
    if (from === null || from === 'entrypoints') return {};
    const allowed = LAYERS[from];
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      if (!allowed) {
        context.report({ node: source, messageId: 'unknown', data: { from } });
        return;
      }
      const to = layerOf(resolve(dirname(context.filename), source.value));
      if (to === 'entrypoints') context.report({ node: source, messageId: 'entrypoint' });
      else if (to !== null && to !== from && !allowed.includes(to)) {
        context.report({ node: source, messageId: 'forbidden', data: { from, to, allowed: allowed.join(', ') || 'nothing' } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

/**
 * The one file that may call `importScripts`: Chromium's service worker loads the extension's own English tagger
 * with it (lib/runtime/english-tagger-script.ts). `no-remote-url` still checks what it loads.
 */
const LOADS_OWN_SCRIPT = 'lib/runtime/english-tagger-script.ts';

export default defineConfig([
  {
    files: ['entrypoints/**/*.{ts,js,mts,mjs}', 'lib/**/*.{ts,js,mts,mjs}'],
    languageOptions: { parser: tseslint.parser },
    // A privacy rule that a comment could switch off would prove nothing.
    linterOptions: { noInlineConfig: true },
    plugins: { waakzaam: { rules: { 'no-remote-url': noRemoteUrl, 'layer-imports': layerImports } } },
    rules: { 'waakzaam/no-remote-url': 'error', 'waakzaam/layer-imports': 'error', ...networkRules(NETWORK_APIS) },
  },
  {
    files: [LOADS_OWN_SCRIPT],
    rules: networkRules(NETWORK_APIS.filter((name) => name !== 'importScripts')),
  },
]);
