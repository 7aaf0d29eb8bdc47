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

  constructor(
    private readonly work: SteppedWork,
    private readonly clock: SliceClock,
    private readonly limits: SliceLimits = DEFAULT_SLICE_LIMITS,
    /** Called after every slice (e.g. to send what the slice found as one message). */
    private readonly afterSlice: () => void = () => {},
  ) {}

  /** Asks for a slice if there is work and none is already asked for. Cheap: safe anywhere. */
  schedule(): void {
    if (this.pending || !this.work.hasWork()) return;
    this.pending = true;
    this.clock.requestSlice((deadline) => this.runSlice(deadline));
  }

  private runSlice(deadline: { timeRemaining(): number; readonly didTimeout: boolean } | null): void {
    this.pending = false;
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
