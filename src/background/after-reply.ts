// Work a message handler starts after it has answered: recording a tab's findings, its badge, the
// research log. A page waits for its highlights, not for storage (writing a long feed's findings
// to session storage took 40 ms per message). Kept in one place, so failures are reported and
// whoever needs the work finished (tests, the next reader) can wait for it.

export interface AfterReply {
  /** Runs `work` without the caller waiting; a failure goes to the console under `what`. */
  run(what: string, work: () => Promise<unknown>): void;
  /** Resolves once everything started so far has finished. */
  settled(): Promise<void>;
}

export function createAfterReply(): AfterReply {
  const running = new Set<Promise<unknown>>();
  return {
    run(what, work) {
      const done = work()
        .catch((error: unknown) => console.error(`[ClaimLens] ${what}`, error))
        .finally(() => running.delete(done));
      running.add(done);
    },
    async settled() {
      while (running.size > 0) await Promise.all(running);
    },
  };
}
