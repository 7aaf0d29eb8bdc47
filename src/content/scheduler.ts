// Runs queued work in short slices when the page is idle, so reading a long page never holds up
// scrolling or typing (uBlock Origin's rule: never work in the observer callback; do bounded work
// per frame). The work itself is a queue of small steps; this file only decides when and how long.
import { report } from './report';

export interface SteppedWork {
  hasWork(): boolean;
  /** One small unit of work; must make progress even when it fails. */
  step(): void;
}

export interface SliceClock {
  now(): number;
  /** Calls `run` soon — when the page is idle if possible; `deadline` null when not known. */
  requestSlice(run: (deadline: { timeRemaining(): number; readonly didTimeout: boolean } | null) => void): void;
  /**
   * Calls `run` as the next task, without waiting for an idle moment: for what the reader is
   * looking at right now (a post scrolled into view). Without it, `requestSlice` serves.
   */
  requestSoon?(run: () => void): void;
}

export interface SliceLimits {
  /** Longest slice, in milliseconds. */
  budgetMs: number;
  /** Slice length when the page has been busy so long the idle request timed out. */
  busyBudgetMs: number;
  /** Most steps in one slice, whatever the clock says (a coarse clock can read 0 ms for long). */
  maxSteps: number;
}

export const DEFAULT_SLICE_LIMITS: SliceLimits = { budgetMs: 5, busyBudgetMs: 2, maxSteps: 400 };

export class SliceScheduler {
  private pending = false;
  private soonPending = false;

  constructor(
    private readonly work: SteppedWork,
    private readonly clock: SliceClock,
    private readonly limits: SliceLimits = DEFAULT_SLICE_LIMITS,
    /** Called after every slice (e.g. to send what the slice found as one message). */
    private readonly afterSlice: () => void = () => {},
  ) {}

  /**
   * Asks for a slice if there is work and none is already asked for. Cheap: safe anywhere. `soon`:
   * the work is something the reader sees appear (a new post), so its first slice runs as the
   * next task rather than at the next idle moment; the rest of the work goes on in idle time.
   */
  schedule(soon = false): void {
    if (!this.work.hasWork()) return;
    if (soon && this.clock.requestSoon) {
      if (this.soonPending) return;
      this.soonPending = true;
      this.clock.requestSoon(() => {
        this.soonPending = false;
        this.runSlice(null);
      });
      return;
    }
    if (this.pending) return;
    this.pending = true;
    this.clock.requestSlice((deadline) => {
      this.pending = false;
      this.runSlice(deadline);
    });
  }

  private runSlice(deadline: { timeRemaining(): number; readonly didTimeout: boolean } | null): void {
    const { budgetMs, busyBudgetMs, maxSteps } = this.limits;
    const budget = !deadline
      ? budgetMs
      : deadline.didTimeout
        ? busyBudgetMs
        : Math.min(budgetMs, Math.max(deadline.timeRemaining(), busyBudgetMs));
    const stopAt = this.clock.now() + budget;
    let steps = 0;
    try {
      while (steps < maxSteps && this.work.hasWork()) {
        this.work.step();
        steps++;
        if (this.clock.now() >= stopAt) break;
      }
    } catch (error) {
      report(error);
    }
    try {
      this.afterSlice();
    } catch (error) {
      report(error);
    }
    this.schedule();
  }
}
