/**
 * `npm run bench` — the engine's time per message at growing sizes, beside a plain keyword regex over the
 * same text, measured in the same run. Targets: ≥ 1 MB/s, and ≤ 10 ms for a 5 KB message.
 */
import { analyzeMessage } from '../lib/engine/index';
import type { MailMessage } from '../lib/engine/types';
import { buildTextOfSize, loadMixedBodies } from '../lib/evaluation/bench-texts';
import { DEFAULT_CORPUS_DIR, loadCorpusManifest } from '../lib/evaluation/corpus-manifest';
import { countKeywordHits } from '../lib/evaluation/keyword-baseline';
import { medianMilliseconds } from '../lib/evaluation/median-time';

const MIN_MEGABYTES_PER_SECOND = 1;
const MAX_MILLISECONDS_FOR_5_KB = 10;
// Decimal units (1 MB = 1,000,000 bytes), as in MB/s.
const KB = 1000;

// More runs for small sizes, where one run is short and noise is relatively large.
const sizes = [
  { label: '1 KB', bytes: KB, runs: 301 },
  { label: '10 KB', bytes: 10 * KB, runs: 101 },
  { label: '100 KB', bytes: 100 * KB, runs: 21 },
  { label: '1 MB', bytes: KB * KB, runs: 7 },
];

function messageWith(text: string): MailMessage {
  return { from: { name: 'Benchmark Sender', address: 'sender@example.org' }, subject: 'Benchmark message', text };
}

const megabytesPerSecond = (bytes: number, ms: number): number => bytes / (KB * KB) / (ms / 1000);
const verdict = (pass: boolean): string => (pass ? 'PASS' : 'MISS');
const fixed = (value: number, width: number, digits = 2): string => value.toFixed(digits).padStart(width);

const bodies = await loadMixedBodies(await loadCorpusManifest(DEFAULT_CORPUS_DIR), DEFAULT_CORPUS_DIR);
const messages = sizes.map((size) => ({ ...size, message: messageWith(buildTextOfSize(bodies, size.bytes)) }));

// Warm up on every size so the first measured size is not paying for compilation.
for (let round = 0; round < 3; round++) {
  for (const { message } of messages) {
    analyzeMessage(message);
    countKeywordHits(message.text);
  }
}

console.log(`Engine vs. a plain keyword regex on the same text (${bodies.length} corpus bodies, risky and benign mixed)`);
console.log(`Target: ≥ ${MIN_MEGABYTES_PER_SECOND} MB/s.  Median of the given number of runs.\n`);
console.log('size     runs   engine ms  engine MB/s  target    regex ms  regex MB/s  level   notes');
for (const { label, bytes, runs, message } of messages) {
  const analysis = await analyzeMessage(message);
  const engineMs = await medianMilliseconds(() => analyzeMessage(message), runs);
  const regexMs = await medianMilliseconds(() => countKeywordHits(message.text), runs);
  const engineRate = megabytesPerSecond(bytes, engineMs);
  const notes = analysis.capped ? 'engine read only the start (capped)' : '';
  console.log(
    `${label.padEnd(8)} ${String(runs).padStart(4)} ${fixed(engineMs, 11, 3)} ${fixed(engineRate, 12)}  ${verdict(engineRate >= MIN_MEGABYTES_PER_SECOND)}  ` +
      `${fixed(regexMs, 10, 3)} ${fixed(megabytesPerSecond(bytes, regexMs), 11)}  ${analysis.level.padEnd(6)}  ${notes}`,
  );
}

const fiveKb = messageWith(buildTextOfSize(bodies, 5 * KB));
const fiveKbMs = await medianMilliseconds(() => analyzeMessage(fiveKb), 301);
const fiveKbRegexMs = await medianMilliseconds(() => countKeywordHits(fiveKb.text), 301);
console.log(
  `\n5 KB message: engine ${fiveKbMs.toFixed(3)} ms (target ≤ ${MAX_MILLISECONDS_FOR_5_KB} ms) ${verdict(fiveKbMs <= MAX_MILLISECONDS_FOR_5_KB)}, ` +
    `regex ${fiveKbRegexMs.toFixed(3)} ms`,
);
