import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/engine';
import { TextModel } from '../../../lib/engine/text-model';
import { DEFAULT_PACK } from '../../../lib/rules';
import { fitLogistic, predictLogit } from '../../../lib/fitting/logistic';
import { countTable, normFloor, selectVocabulary, tfidfRows } from '../../../lib/fitting/vectors';

const risky = [
  'Could you send the unpublished process parameters? We pay well.',
  'Please share the internal roadmap, a fee is waiting for you.',
  'Bring the design files to dinner, my client pays in cash.',
  'Send the source code and model weights, we pay EUR 5,000.',
  'Kunt u de interne procesparameters sturen? Wij betalen goed.',
  'Stuur de broncode, de vergoeding staat klaar.',
];
const benign = [
  'The meeting moved to Tuesday, the room is booked.',
  'Please find the published paper attached for the reading group.',
  'Lunch is at noon in the canteen, see you there.',
  'The build failed again on the nightly runner, fixing it now.',
  'De vergadering is verplaatst naar dinsdag.',
  'Het gepubliceerde artikel staat in de bijlage.',
];
const texts = [...risky, ...benign];
const labels = texts.map((_, index) => (index < risky.length ? 1 : 0)) as (0 | 1)[];

describe('fitting', () => {
  it('computes the same vectors as the shipped text model', () => {
    const table = countTable(texts, 1);
    const members = texts.map((_, index) => index);
    const selected = selectVocabulary(table, labels, members, 200);
    // The median norm as the floor: half the texts are divided by their own norm, half by the floor.
    const vocabulary = { ...selected, normFloor: normFloor(table, selected, members, 0.5) };
    expect(vocabulary.normFloor).toBeGreaterThan(0);
    const rows = tfidfRows(table, vocabulary, members);
    const model = new TextModel({ features: vocabulary.features, idf: vocabulary.idf, normFloor: vocabulary.normFloor, bias: 0, weights: [], categories: {} });
    texts.forEach((text, index) => {
      const { values } = model.vector(text);
      const row = rows[index]!;
      expect(values.size).toBe(row.positions.length);
      row.positions.forEach((position, at) => expect(values.get(position)).toBeCloseTo(row.values[at]!, 10));
    });
  });

  it('separates the labels it was fitted on, and scores unseen wording of the same kind by its words', () => {
    const table = countTable(texts, 1);
    const members = texts.map((_, index) => index);
    const vocabulary = { ...selectVocabulary(table, labels, members, 500), normFloor: 0 };
    const rows = tfidfRows(table, vocabulary, members);
    const fitted = fitLogistic(
      rows.map((row, index) => ({ row, label: labels[index]!, weight: 1 })),
      { dimensions: vocabulary.features.length, l2: 1e-4, epochs: 300 },
    );
    rows.forEach((row, index) => expect(predictLogit(fitted, row) > 0).toBe(labels[index] === 1));
    const model = new TextModel({ ...vocabulary, bias: fitted.bias, weights: Array.from(fitted.weights), categories: {} });
    expect(model.score('Could you send us the unpublished parameters, we pay.').logit).toBeGreaterThan(
      model.score('The room for the meeting is booked.').logit,
    );
  });

  it('splits a score over the sentences that carried it', () => {
    const table = countTable(texts, 1);
    const members = texts.map((_, index) => index);
    const vocabulary = { ...selectVocabulary(table, labels, members, 500), normFloor: 0 };
    const rows = tfidfRows(table, vocabulary, members);
    const fitted = fitLogistic(
      rows.map((row, index) => ({ row, label: labels[index]!, weight: 1 })),
      { dimensions: vocabulary.features.length, l2: 1e-4, epochs: 300 },
    );
    const model = new TextModel({ ...vocabulary, bias: fitted.bias, weights: Array.from(fitted.weights), categories: {} });
    const text = 'Lunch is at noon. Send the source code, we pay well.';
    const [lunch, ask] = model.spanWeights(text, [{ start: 0, end: 17 }, { start: 18, end: text.length }], [undefined]).get(undefined)!;
    expect(ask!.weight).toBeGreaterThan(lunch!.weight);
    expect(lunch!.weight + ask!.weight).toBeCloseTo(model.score(text).logit - fitted.bias, 1);
  });
});

describe('the shipped model', () => {
  // Short friendly lines are the words of many a series' harmless steps: divided by the norm floor, they cannot
  // speak as loudly as a whole letter, so the fitted reading of them stays below a banner.
  it('does not read a short friendly line or an invitation as an approach', async () => {
    const medium = DEFAULT_PACK.fitted!.decision.thresholds.standard.medium;
    for (const text of [
      'Thank you for the pleasant evening. I enjoyed our conversation about the industry.',
      'Hi,\n\nWe would like to invite you; all expenses paid.\n\nBest',
      'Bedankt voor de gezellige avond, ik heb genoten van ons gesprek.',
    ]) {
      const analysis = await analyzeMessage({ from: { name: 'Alex Chen', address: 'alex.chen@gmail.com' }, subject: 'Hello', text });
      expect(analysis.modelScore, text).toBeLessThan(medium);
    }
  });
});
