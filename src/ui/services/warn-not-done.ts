// For small list actions (undo a silence, delete a dispute) whose failure leaves the list as it
// was: the reader sees nothing change and can try again; the console says why.
export function warnNotDone(error: unknown): void {
  console.warn('[ClaimLens] the change was not made', error);
}
