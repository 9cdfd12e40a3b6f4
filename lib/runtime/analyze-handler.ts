import type { Analysis } from '../model';
import { analyzeWithHistory, type SenderLedger } from '../history';
import type { Settings } from '../settings';
import type { AnalysisOptions } from './analysis-options';
import { parseAnalyzeRequest } from './analyze-request';

/**
 * Answers one `waakzaam:analyze` request with the settings as they are now and the sender history in `ledger`. The
 * settings may still be on their way: the history is read meanwhile.
 */
export async function answerAnalyzeRequest(
  request: unknown,
  settings: Settings | Promise<Settings>,
  ledger: SenderLedger,
  options: AnalysisOptions,
): Promise<Analysis[]> {
  const { messages } = parseAnalyzeRequest(request);
  const analyses = await analyzeWithHistory(messages, ledger, Promise.resolve(settings).then((current) => options.for(current)));
  // A body the reader had to cut was not read whole, even when what reached the engine fits its own cap.
  return analyses.map((analysis, index) => (messages[index]!.capped && !analysis.capped ? { ...analysis, capped: true } : analysis));
}
