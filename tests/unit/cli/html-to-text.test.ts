// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/cli/html-to-text';
import { FIXTURES } from './run-cli';

describe('htmlToText', () => {
  const pageText = htmlToText(readFileSync(join(FIXTURES, 'product-page.html'), 'utf8'));

  it('joins inline markup and source line breaks into one sentence', () => {
    expect(pageText).toContain('Our exosome ampoule boosts collagen production.');
  });

  it('drops the head, scripts, styles, noscript, templates and hidden elements', () => {
    for (const unseen of ['regrows hair', 'heals wounds', 'clears acne', 'erase scars', 'window.tagline', 'content:']) {
      expect(pageText).not.toContain(unseen);
    }
  });

  it('keeps image alt text as a line of its own and decodes entities', () => {
    expect(pageText.split('\n')).toContain('Exosome toner fades dark spots');
    expect(pageText).toContain('Fragrance free & vegan\u00a0— made in small batches.');
  });

  it('puts every block and <br> on its own line so sentences never run together', () => {
    expect(htmlToText('<div>Exosome serum</div><div>boosts collagen</div>')).toBe('Exosome serum\nboosts collagen');
    expect(htmlToText('<p>one<br>two</p><ul><li>three</li><li>four</li></ul>')).toBe('one\ntwo\nthree\nfour');
    expect(htmlToText('<table><tr><td>cell a</td><td>cell b</td></tr></table>')).toBe('cell a\ncell b');
  });

  it('collapses whitespace outside <pre> and keeps line breaks inside it', () => {
    expect(htmlToText('<p>  spaced \n\t out  </p>')).toBe('spaced out');
    expect(htmlToText('<pre>line one\nline two</pre>')).toBe('line one\nline two');
  });

  it('treats inline display:none and visibility:hidden as hidden', () => {
    expect(htmlToText('<p>shown</p><p style="color: red; display: none">gone</p><span style="visibility:hidden">gone</span>')).toBe(
      'shown',
    );
    expect(htmlToText('<p aria-hidden="false">kept</p>')).toBe('kept');
  });

  it('copes with fragments, unclosed tags and an empty document', () => {
    expect(htmlToText('<p>unclosed <b>bold')).toBe('unclosed bold');
    expect(htmlToText('')).toBe('');
  });
});
