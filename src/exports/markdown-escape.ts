// Page text and (imported, user-written) claim text go into Markdown as literal text: no links,
// images, HTML, emphasis, code, headings or lists can come out of them, whatever they contain.
import { oneLine } from './text';

/** Characters that start inline syntax anywhere in a line (CommonMark + GFM). */
const INLINE_SYNTAX = /[\\`*_[\]<>!|~&]/g;

/** Characters that start block syntax at the start of a line (headings, lists, quotes, rules). */
const BLOCK_START = /^([#+\-=>]|\d+[.)])/;

export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(INLINE_SYNTAX, (char) => `\\${char}`)
    // GFM turns bare URLs and e-mail addresses into links; an escape inside them stops that.
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`)
    .replace(/@/g, '\\@')
    .replace(BLOCK_START, (start) => (start.length === 1 ? `\\${start}` : `${start.slice(0, -1)}\\${start.slice(-1)}`));
}

/** A link target Markdown cannot misread: brackets, spaces and angle brackets percent-encoded. */
export function markdownLinkTarget(safeUrl: string): string {
  return safeUrl.replace(/[()<> ]/g, percentEncode);
}

/** [text](url) for http(s) URLs that passed safeHttpUrl/doiUrl. */
export function markdownLink(text: string, safeUrl: string): string {
  return `[${escapeMarkdown(text)}](${markdownLinkTarget(safeUrl)})`;
}

function percentEncode(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}
