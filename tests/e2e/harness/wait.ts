// Wait for a condition, never for a fixed time: the tests check behaviour, not speed.

export interface WaitOptions {
  timeout?: number;
  interval?: number;
  /** Said in the error when the condition never holds. */
  message?: string;
}

/**
 * Calls `probe` until it returns a value that `accept` takes (default: truthy), then returns that
 * value. Errors thrown by `probe` count as "not yet" (a page that is navigating, a worker that is
 * starting) and are reported if the time runs out.
 */
export async function waitFor<T>(
  probe: () => Promise<T> | T,
  accept: (value: T) => boolean = (value) => Boolean(value),
  { timeout = 15_000, interval = 100, message = 'condition' }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: { value?: T; error?: unknown } = {};
  for (;;) {
    try {
      const value = await probe();
      last = { value };
      if (accept(value)) return value;
    } catch (error) {
      last = { error };
    }
    if (Date.now() > deadline) {
      const detail =
        'error' in last && last.error !== undefined
          ? `last error: ${last.error instanceof Error ? last.error.message : String(last.error)}`
          : `last value: ${safeJson(last.value)}`;
      throw new Error(`Timed out after ${timeout} ms waiting for ${message} (${detail})`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

function safeJson(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 500 ? `${text.slice(0, 500)}…` : text;
  } catch {
    return String(value);
  }
}
