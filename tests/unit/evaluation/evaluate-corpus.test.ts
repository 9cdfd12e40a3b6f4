import { describe, expect, it } from 'vitest';
import { analyseMailFile } from '../../../lib/evaluation/analyse-mail-file';
import { earlierSteps, evaluateCorpus } from '../../../lib/evaluation/evaluate-corpus';
import { missedCorpusTargets } from '../../../lib/evaluation/meets-targets';
import { QUALITY_TARGETS } from '../../../lib/evaluation/quality-targets';

const entry = (file: string, label: 'risky' | 'benign', language: 'en' | 'nl' = 'en') => ({ file, label, language, kind: 'test' });

describe('evaluateCorpus', () => {
  it('counts caught risky and bannered benign messages per language, and lists what went wrong', async () => {
    const evaluation = await evaluateCorpus(
      {
        origin: 'test',
        entries: [
          entry('embassy-approach.eml', 'risky'),
          entry('ordinary-notice.eml', 'benign'),
          // Labelled risky on purpose, so that it must show up as a miss.
          entry('multipart-alternative.eml', 'risky'),
          entry('missing.eml', 'benign', 'nl'),
        ],
      },
      'tests/fixtures/mail',
    );
    expect(evaluation.byLanguage.en).toEqual({ risky: 2, benign: 1, caught: 1, bannered: 0, recall: 0.5, falseBannerRate: 0 });
    expect(evaluation.byLanguage.nl).toEqual({ risky: 0, benign: 1, caught: 0, bannered: 0, recall: null, falseBannerRate: 0 });
    expect(evaluation.overall).toMatchObject({ risky: 2, benign: 2, caught: 1 });
    expect(evaluation.misses).toEqual([expect.objectContaining({ file: 'multipart-alternative.eml', kind: 'test' })]);
    expect(evaluation.falseBanners).toEqual([]);
    expect(evaluation.failures).toEqual([{ file: 'missing.eml', error: expect.stringContaining('cannot read') }]);
    expect(missedCorpusTargets(evaluation, QUALITY_TARGETS.training)).toEqual([
      'en: recall 0.500 < 0.9',
      'nl: no risky messages to measure recall on',
      'overall: recall 0.500 < 0.9',
      '1 corpus file(s) could not be read',
    ]);
  });
});

describe('series of one sender', () => {
  const step = (file: string) => entry(file, 'risky');

  it('finds the earlier steps of a series by file name, whatever their label, and leaves lone messages alone', () => {
    const first = entry('en/benign/escalation-series-cryo-1-hello.eml', 'benign');
    const second = step('en/risky/escalation-series-cryo-2-dinner.eml');
    const third = step('en/risky/escalation-series-cryo-3-tests.eml');
    const lone = step('en/risky/one-liner-2-numbers.eml');
    const other = entry('nl/risky/escalation-series-cryo-1-hallo.eml', 'risky', 'nl');
    const earlier = earlierSteps([third, lone, first, second, other]);
    expect(earlier.get(third)).toEqual([first.file, second.file]);
    expect(earlier.get(first)).toEqual([]);
    expect(earlier.has(lone)).toBe(false);
    expect(earlier.has(other)).toBe(false);
  });

  it('reads a step with the earlier ones as the sender’s history', async () => {
    const file = (name: string) => `tests/fixtures/training/w3/en/risky/escalation-series-cryo-phd-${name}.eml`;
    const result = await analyseMailFile(file('3-fridge-tests'), [file('1-telegram'), file('2-dinner-gift')]);
    expect(result.ok && result.analysis.history?.messages).toBe(3);
    expect(result.ok && result.analysis.escalation?.rules).toContain('HOSTED_THEN_ASKS');
  });
});
