/**
 * `npm run fit` — fits the text model and the decision weights on the training corpora, SpamAssassin's ham and (when
 * `../shared/corpora/` is there) the mailing-list ham; prints before/after figures and writes lib/rules/fitted/model.json.
 */
import { runFit } from '../lib/fitting/run-fit';

await runFit((line) => process.stdout.write(`${line}\n`));
