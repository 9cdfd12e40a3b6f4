import ts from 'typescript';
import type { Plugin } from 'vite';
import { isBackgroundBuild } from './background-build';

/** The rule packs, whose rules carry their `examples` beside their patterns. */
const RULE_PACK = /[\\/]lib[\\/]rules[\\/](?:en|nl)\.ts$/;

/**
 * The text ranges of every `examples: { … }` property in the file, each with the comma after it: the sentences that
 * generate a rule's tests (tests/unit/rules/examples.test.ts) and that the options page shows.
 */
function exampleRanges(file: ts.SourceFile): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'examples') {
      const after = file.text.slice(node.end).match(/^\s*,/);
      ranges.push({ start: node.getStart(file), end: node.end + (after ? after[0].length : 0) });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return ranges;
}

/**
 * In the build of the background script, the rule packs lose their examples: about 13 KB of sentences that the tests
 * and the options page (which shows what a rule catches) read, in a service worker that Chromium parses whole each
 * time it wakes it. Every other build, the tests and `npm run scan` read the packs as written.
 */
export function ruleExamplesPlugin(): Plugin {
  let buildsWorker = false;
  return {
    name: 'waakzaam:rule-examples-left-out-of-the-worker',
    apply: 'build',
    options(options) {
      buildsWorker = isBackgroundBuild(options);
    },
    transform(code, id) {
      if (!buildsWorker || !RULE_PACK.test(id)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      let stripped = code;
      for (const { start, end } of exampleRanges(file).reverse()) stripped = stripped.slice(0, start) + stripped.slice(end);
      return { code: stripped, map: null };
    },
  };
}
