/**
 * One long animation frame, split into time in the page's scripts and the browser's style and layout work at its
 * end. Chromium does not list content scripts (an isolated world) among a frame's scripts, so the rest of a frame is
 * where the extension's own work would show.
 */
export interface LongFrame {
  start: number;
  duration: number;
  pageScripts: number;
  styleAndLayout: number;
}

/** Runs in the page before its own scripts: notes when a banner host enters the page, long tasks and long frames. */
export function recordBannerAndLongTasks(): void {
  const record = {
    bannerTimes: [] as number[],
    longTasks: [] as Array<{ start: number; duration: number }>,
    longFrames: [] as LongFrame[],
  };
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
  interface FrameEntry extends PerformanceEntry {
    scripts: Array<{ duration: number }>;
    styleAndLayoutStart: number;
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as FrameEntry[]) {
      record.longFrames.push({
        start: entry.startTime,
        duration: entry.duration,
        pageScripts: entry.scripts.reduce((total, script) => total + script.duration, 0),
        styleAndLayout: entry.styleAndLayoutStart > 0 ? entry.startTime + entry.duration - entry.styleAndLayoutStart : 0,
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

export interface PageTiming {
  bannerTimes: number[];
  longTasks: Array<{ start: number; duration: number }>;
  longFrames: LongFrame[];
  bodyInsertedAt: number | null;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
