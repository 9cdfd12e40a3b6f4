import { analyzeMessage } from '../engine';

let warmed = false;

/**
 * Readies the engine once per worker: the first analysis compiles the rule patterns and the worker's code, which
 * would otherwise all fall on the first real message after the worker started.
 */
export function warmUpEngine(): void {
  if (warmed) return;
  warmed = true;
  void analyzeMessage({
    from: { name: 'Waakzaam', address: 'warm-up@waakzaam.invalid' },
    subject: 'Warm-up',
    text: 'Could you send me the unpublished design files? We will pay you a fee. Kunt u de ontwerpbestanden sturen?',
  });
}
