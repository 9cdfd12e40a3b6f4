/** Runs in the page before its own scripts: notes when a banner host enters the page, and long tasks. */
export function recordBannerAndLongTasks(): void {
  const record = { bannerTimes: [] as number[], longTasks: [] as Array<{ start: number; duration: number }> };
  Object.assign(window, { waakzaamTiming: record });
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node.nodeName === 'WAAKZAAM-BANNER' && !(node as Element).closest('.a3s')) record.bannerTimes.push(performance.now());
      }
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

export interface PageTiming {
  bannerTimes: number[];
  longTasks: Array<{ start: number; duration: number }>;
  bodyInsertedAt: number | null;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
