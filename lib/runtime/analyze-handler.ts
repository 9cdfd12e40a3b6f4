import { analyzeMessage } from '../engine';
import type { Analysis } from '../engine/types';
import type { Settings } from '../settings';
import { parseAnalyzeRequest } from './analyze-request';

/** Answers one `waakzaam:analyze` request with the user's sensitivity. */
export function answerAnalyzeRequest(request: unknown, settings: Settings): Promise<Analysis> {
  const { message } = parseAnalyzeRequest(request);
  return analyzeMessage(message, { sensitivity: settings.sensitivity });
}
