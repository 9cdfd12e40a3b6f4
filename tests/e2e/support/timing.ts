/**
 * One long animation frame, split by who spent the time: the extension's scripts (its content script), the page's
 * scripts, and the browser's style, layout and paint work at the end of the frame.
 */
export interface LongFrame {
  start: number;
  duration: number;
  extensionScripts: number;
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
  interface FrameScript {
    sourceURL: string;
    duration: number;
  }
  interface FrameEntry extends PerformanceEntry {
    scripts: FrameScript[];
    styleAndLayoutStart: number;
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as FrameEntry[]) {
      const byExtension = (script: FrameScript) => script.sourceURL.startsWith('chrome-extension://');
      const sum = (scripts: FrameScript[]) => scripts.reduce((total, script) => total + script.duration, 0);
      record.longFrames.push({
        start: entry.startTime,
        duration: entry.duration,
        extensionScripts: sum(entry.scripts.filter(byExtension)),
        pageScripts: sum(entry.scripts.filter((script) => !byExtension(script))),
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
