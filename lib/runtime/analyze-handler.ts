import type { Analysis } from '../engine/types';
import { analyzeWithHistory, type SenderLedger } from '../history';
import type { Settings } from '../settings';
import { analysisOptionsFor } from './analysis-options';
import { parseAnalyzeRequest } from './analyze-request';

/** Answers one `waakzaam:analyze` request with the settings as they are now and the sender history in `ledger`. */
export function answerAnalyzeRequest(request: unknown, settings: Settings, ledger: SenderLedger): Promise<Analysis[]> {
  const { messages } = parseAnalyzeRequest(request);
  return analyzeWithHistory(messages, ledger, analysisOptionsFor(settings));
}
