// The only URLs an export ever links: http(s), normalised by the URL parser. Anything else
// (javascript:, data:, file:, chrome-extension:) is shown as text, never as a link.

export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** DOIs may contain brackets and other characters that end a Markdown link or break a URL. */
export function doiUrl(doi: string): string {
  const path = doi
    .trim()
    .replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:)/i, '')
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/[()'*!]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return `https://doi.org/${path}`;
}

export function hostnameOf(url: string): string | null {
  const safe = safeHttpUrl(url);
  return safe ? new URL(safe).hostname : null;
}
