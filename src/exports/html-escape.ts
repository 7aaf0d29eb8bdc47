// Everything that is not ClaimLens's own markup goes through escapeHtml: page text, claim text
// (user claims can be imported from strangers) and URLs.
import { safeHttpUrl } from './links';

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}

/** A link for http(s) URLs; any other scheme is shown as text only. */
export function htmlLink(text: string, url: string | undefined): string {
  const safe = safeHttpUrl(url);
  if (!safe) return escapeHtml(text);
  return `<a href="${escapeHtml(safe)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}
