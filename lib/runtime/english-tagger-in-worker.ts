import { importEnglishTaggerScript } from './english-tagger-script';

/**
 * What `compromise/two` means in Chromium's service worker build (scripts/english-tagger-plugin.ts). The engine
 * reaches it only through `import()`, and the bundle evaluates such a module on that first `import()`: so the tagger is
 * loaded when the first English sentence needs it, not each time the worker wakes up.
 */
export default importEnglishTaggerScript();
