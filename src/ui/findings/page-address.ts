/** What the UI knows about a tab's address. Without host access to a tab (the extension asks for
 *  none up front), the browser hides its URL: that is 'unknown', not "not a web page". */
export type PageAddress = { kind: 'web'; hostname: string } | { kind: 'not-web' } | { kind: 'unknown' };

export function pageAddress(url: string | undefined): PageAddress {
  if (!url) return { kind: 'unknown' };
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
      ? { kind: 'web', hostname: parsed.hostname }
      : { kind: 'not-web' };
  } catch {
    return { kind: 'unknown' };
  }
}

/** The hostname ClaimLens pauses by, when known. */
export function webHostname(address: PageAddress): string | null {
  return address.kind === 'web' ? address.hostname : null;
}
