// Where ClaimLens's own errors go: quietly to the console, never up into the page.
export function report(error: unknown): void {
  try {
    console.debug('[ClaimLens]', error);
  } catch {
    // Some pages replace console; losing a debug line is fine.
  }
}
