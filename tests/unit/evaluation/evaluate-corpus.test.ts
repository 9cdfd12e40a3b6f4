import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../../lib/evaluation/evaluate-corpus';
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
