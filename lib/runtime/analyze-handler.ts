import { analyzeMessage } from '../engine';
import type { Analysis } from '../engine/types';
import type { Settings } from '../settings';
import { analysisOptionsFor } from './analysis-options';
import { parseAnalyzeRequest } from './analyze-request';

/** Answers one `waakzaam:analyze` request with the settings as they are now (terms, sensitivity, organisation). */
export function answerAnalyzeRequest(request: unknown, settings: Settings): Promise<Analysis> {
  const { message } = parseAnalyzeRequest(request);
  return analyzeMessage(message, analysisOptionsFor(settings));
}
