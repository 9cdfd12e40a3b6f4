/**
 * The line on stderr that says how a long scan is going: per input, the messages done, the rate and an estimate of
 * the time left. On a terminal it is redrawn in place; otherwise (asked for with --progress) a line is written now
 * and then.
 */
export type ProgressMode = 'off' | 'terminal' | 'lines';

const TERMINAL_REDRAW_MS = 150;
const LINES_EVERY_MS = 5000;
const MAX_NAME_CHARS = 60;
const CLEAR_TO_END = '\u001b[K';

const count = (value: number): string => Math.round(value).toLocaleString('en-GB');

/** "2 h 5 min", "3 min 20 s", "45 s". */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min ${whole % 60} s`;
  return `${whole} s`;
}

function shortName(name: string): string {
  return name.length > MAX_NAME_CHARS ? `…${name.slice(-(MAX_NAME_CHARS - 1))}` : name;
}

export class ProgressLine {
  private input = '';
  private inputStarted = 0;
  private messages = 0;
  private shownAt = Number.NEGATIVE_INFINITY;
  private visible = false;

  constructor(
    private readonly write: (text: string) => void,
    readonly mode: ProgressMode,
    /** The terminal's width: a longer line would wrap and could not be redrawn in place. */
    private readonly columns = 0,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A message of `input` is done; `done` is how much of that input is read (0 to 1). */
  messageDone(input: string, done: number): void {
    if (input !== this.input) {
      this.input = input;
      this.inputStarted = this.now();
      this.messages = 0;
    }
    this.messages += 1;
    const seconds = (this.now() - this.inputStarted) / 1000;
    const rate = seconds >= 1 ? `, ${count(this.messages / seconds)} a second` : '';
    const estimate = done > 0 && done < 1 && seconds >= 1 ? `, ${Math.floor(done * 100)}%, about ${formatDuration((seconds * (1 - done)) / done)} left` : '';
    this.show(`${shortName(input)}: ${count(this.messages)} ${this.messages === 1 ? 'message' : 'messages'}${rate}${estimate}`);
  }

  /** A stage after reading, with how far it is. */
  stage(text: string, done: number, total: number): void {
    this.show(`${text}: ${count(done)} of ${count(total)}`, done === total);
  }

  /** A line of its own on stderr (a skipped file, a summary); the progress line is cleared first. */
  note(text: string): void {
    this.clear();
    this.write(text);
  }

  clear(): void {
    if (this.mode === 'terminal' && this.visible) this.write(`\r${CLEAR_TO_END}`);
    this.visible = false;
  }

  private show(line: string, force = false): void {
    if (this.mode === 'off') return;
    const now = this.now();
    const every = this.mode === 'terminal' ? TERMINAL_REDRAW_MS : LINES_EVERY_MS;
    if (!force && now - this.shownAt < every) return;
    this.shownAt = now;
    if (this.mode === 'terminal') {
      const fitted = this.columns > 1 && line.length >= this.columns ? `${line.slice(0, this.columns - 2)}…` : line;
      this.write(`\r${fitted}${CLEAR_TO_END}`);
      this.visible = true;
    } else {
      this.write(`waakzaam scan: ${line}\n`);
    }
  }
}
