import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { analyzeMessage } from '../engine';
import { hasBanner, type Language } from '../model';
import { FROZEN_CORPUS_DIRS } from '../evaluation/corpus-manifest';
import { DEFAULT_PACK, type FittedModel, type RulePack } from '../rules';
import { fitModel } from './fit';
import { loadLabelled, loadTrainingHam, type TrainingMessage } from './training-data';

export const FITTED_MODEL_PATH = 'lib/rules/fitted/model.json';

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`);

/** Recall and false banners per language for a verdict per message. */
function figures(messages: readonly TrainingMessage[], bannered: readonly boolean[]): string {
  const line = (language?: Language) => {
    const chosen = messages.map((m, index) => ({ m, hit: bannered[index]! })).filter(({ m }) => m.source === 'labelled' && (!language || m.language === language));
    const risky = chosen.filter(({ m }) => m.label === 1);
    const benign = chosen.filter(({ m }) => m.label === 0);
    return `${language ?? 'all'}: recall ${percent(risky.filter((x) => x.hit).length, risky.length)}, false banners ${percent(benign.filter((x) => x.hit).length, benign.length)}`;
  };
  const ham = messages.map((m, index) => ({ m, hit: bannered[index]! })).filter(({ m }) => m.source !== 'labelled');
  return `  ${line()}\n  ${line('en')}\n  ${line('nl')}\n  real ham (training part): banners ${percent(ham.filter((x) => x.hit).length, ham.length)}`;
}

async function verdicts(messages: readonly TrainingMessage[], pack: RulePack): Promise<boolean[]> {
  const result: boolean[] = [];
  for (const { message } of messages) {
    const { level } = await analyzeMessage(message, { pack });
    result.push(hasBanner(level));
  }
  return result;
}

/** `npm run fit`: fits the model on the training corpora and real ham, prints before/after, writes the model. */
export async function runFit(log: (line: string) => void): Promise<FittedModel> {
  const labelled = await loadLabelled();
  const ham = await loadTrainingHam(log);
  const messages = [...labelled, ...ham];
  log(`training: ${labelled.length} labelled (${labelled.filter((m) => m.label === 1).length} risky), ${ham.length} real ham`);

  const rulesOnly: RulePack = { ...DEFAULT_PACK, fitted: undefined };
  log('before (rules with hand-set thresholds), on the training messages:');
  log(figures(messages, await verdicts(messages, rulesOnly)));

  const { model, outOfFold } = await fitModel(messages, log);
  const medium = model.decision.thresholds.standard.medium;
  log('the fitted reading alone, out of fold (each message scored by a text model fitted without it):');
  log(figures(messages, outOfFold.map((p) => p * 100 >= medium)));
  log('after: the engine as shipped (the rules, raised by the fitted reading), on the training messages:');
  log(figures(messages, await verdicts(messages, { ...DEFAULT_PACK, fitted: model })));

  const frozen = await loadLabelled(FROZEN_CORPUS_DIRS);
  if (frozen.length > 0) {
    log(`frozen test part (${frozen.length} messages, never fitted or tuned on):`);
    log(' before:');
    log(figures(frozen, await verdicts(frozen, rulesOnly)));
    log(' after:');
    log(figures(frozen, await verdicts(frozen, { ...DEFAULT_PACK, fitted: model })));
  }

  await mkdir(dirname(FITTED_MODEL_PATH), { recursive: true });
  await writeFile(FITTED_MODEL_PATH, `${JSON.stringify(model)}\n`);
  log(`wrote ${FITTED_MODEL_PATH}: ${model.text.features.length} features, ${(JSON.stringify(model).length / 1024).toFixed(0)} KB`);
  return model;
}
