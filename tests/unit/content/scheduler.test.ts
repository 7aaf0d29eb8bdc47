import { describe, expect, it, vi } from 'vitest';
import { SliceScheduler, type SteppedWork } from '../../../src/content/scheduler';
import { manualClock } from './support/fakes';

function countdown(total: number, onStep: () => void = () => {}): SteppedWork & { done: number } {
  return {
    done: 0,
    hasWork() {
      return this.done < total;
    },
    step() {
      this.done++;
      onStep();
    },
  };
}

describe('SliceScheduler', () => {
  it('stops a slice when its time budget is spent and asks for another', () => {
    const time = manualClock();
    const work = countdown(100, () => time.advance(1));
    const scheduler = new SliceScheduler(work, time.clock, { budgetMs: 5, busyBudgetMs: 2, maxSteps: 1_000 });
    scheduler.schedule();
    time.runSlice();
    expect(work.done).toBe(5);
    expect(time.pending).toBe(1);
    expect(time.runAll()).toBe(19);
    expect(work.done).toBe(100);
    expect(time.pending).toBe(0);
  });

  it('caps the steps in a slice even when the clock does not move', () => {
    const time = manualClock();
    const work = countdown(1_000);
    const scheduler = new SliceScheduler(work, time.clock, { budgetMs: 5, busyBudgetMs: 2, maxSteps: 64 });
    scheduler.schedule();
    time.runSlice();
    expect(work.done).toBe(64);
  });

  it('runs the first slice of work the reader sees appear as the next task, the rest when idle', () => {
    const time = manualClock();
    const work = countdown(20, () => time.advance(1));
    const soon: (() => void)[] = [];
    const clock = { ...time.clock, requestSoon: (run: () => void) => void soon.push(run) };
    const scheduler = new SliceScheduler(work, clock, { budgetMs: 5, busyBudgetMs: 2, maxSteps: 1_000 });
    scheduler.schedule(true);
    scheduler.schedule(true);
    expect([soon.length, time.pending]).toEqual([1, 0]);
    soon.shift()!();
    expect(work.done).toBe(5);
    expect([soon.length, time.pending]).toEqual([0, 1]);
    time.runAll();
    expect(work.done).toBe(20);
  });

  it('uses the short budget when the page was too busy to be idle', () => {
    const time = manualClock();
    const work = countdown(100, () => time.advance(1));
    let slice: ((deadline: { timeRemaining(): number; didTimeout: boolean }) => void) | undefined;
    const clock = { now: time.clock.now, requestSlice: (run: typeof slice) => void (slice = run) };
    new SliceScheduler(work, clock, { budgetMs: 5, busyBudgetMs: 2, maxSteps: 1_000 }).schedule();
    slice?.({ timeRemaining: () => 0, didTimeout: true });
    expect(work.done).toBe(2);
  });

  it('asks for one slice at a time, and none without work', () => {
    const time = manualClock();
    const work = countdown(0);
    const scheduler = new SliceScheduler(work, time.clock);
    scheduler.schedule();
    expect(time.pending).toBe(0);
    work.done = -3;
    scheduler.schedule();
    scheduler.schedule();
    expect(time.pending).toBe(1);
  });

  it('survives a failing step and a failing after-slice hook', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const time = manualClock();
    let calls = 0;
    const work: SteppedWork = {
      hasWork: () => calls < 3,
      step: () => {
        calls++;
        throw new Error('boom');
      },
    };
    const scheduler = new SliceScheduler(work, time.clock, undefined, () => {
      throw new Error('hook');
    });
    scheduler.schedule();
    expect(() => time.runAll()).not.toThrow();
    expect(calls).toBe(3);
  });
});
