// The text a reader sees on an HTML page, one line per block, so the engine scans what a shopper
// reads and nothing else: no scripts or styles, no hidden elements, but image alt text included
// (claims are often inside product pictures). Inline markup is joined, so "<b>boosts</b> collagen"
// still reads as one sentence, while block ends and <br> end a line so blocks never run together.
import { ElementType, parseDocument } from 'htmlparser2';

type DomNode = ReturnType<typeof parseDocument>['children'][number];

/** Elements whose content is never shown as text on the page. */
const INVISIBLE = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas',
]);

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'option', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const HIDDEN_BY_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

export function htmlToText(html: string): string {
  const lines = new LineBuilder();
  walk(parseDocument(html).children, lines, false);
  return lines.finish();
}

function walk(nodes: readonly DomNode[], lines: LineBuilder, preformatted: boolean): void {
  for (const node of nodes) {
    if (node.type === ElementType.Text) {
      lines.addText(node.data, preformatted);
    } else if (node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style) {
      const name = node.name.toLowerCase();
      if (INVISIBLE.has(name) || isHidden(node.attribs)) continue;
      if (name === 'br') {
        lines.endLine();
      } else if (name === 'img') {
        // Alt text stands alone: it describes a picture, not a part of the surrounding sentence.
        const alt = node.attribs.alt?.trim();
        if (alt) {
          lines.endLine();
          lines.addText(alt, false);
          lines.endLine();
        }
      } else if (BLOCK.has(name)) {
        lines.endLine();
        walk(node.children, lines, preformatted || name === 'pre');
        lines.endLine();
      } else {
        walk(node.children, lines, preformatted);
      }
    }
  }
}

function isHidden(attributes: Record<string, string>): boolean {
  return (
    attributes.hidden !== undefined ||
    attributes['aria-hidden']?.trim().toLowerCase() === 'true' ||
    HIDDEN_BY_STYLE.test(attributes.style ?? '')
  );
}

/** Collects lines with HTML's whitespace rules: runs of spaces and newlines read as one space. */
class LineBuilder {
  private readonly lines: string[] = [];
  private current = '';

  addText(text: string, preformatted: boolean): void {
    if (preformatted) {
      const [first = '', ...rest] = text.split(/\r?\n/);
      this.current += first;
      for (const line of rest) {
        this.endLine();
        this.current = line;
      }
      return;
    }
    const collapsed = text.replace(/[ \t\n\r\f]+/g, ' ');
    this.current += this.current.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
  }

  endLine(): void {
    const line = this.current.trim();
    if (line) this.lines.push(line);
    this.current = '';
  }

  finish(): string {
    this.endLine();
    return this.lines.join('\n');
  }
}
