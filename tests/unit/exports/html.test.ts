// @vitest-environment node
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../../src/exports';
import { escapeHtml, htmlLink } from '../../../src/exports/html-escape';
import { HOSTILE, PAGE, fixtureReport } from './fixtures';

interface ParsedHtml {
  tags: string[];
  attributes: { tag: string; name: string; value: string }[];
  text: string;
}

/** Parses like a browser's tokenizer would, so the test sees the elements a reader would get. */
function parse(html: string): ParsedHtml {
  const parsed: ParsedHtml = { tags: [], attributes: [], text: '' };
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        parsed.tags.push(tag);
        for (const [name, value] of Object.entries(attributes)) parsed.attributes.push({ tag, name, value });
      },
      ontext(text) {
        parsed.text += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return parsed;
}

describe('escapeHtml', () => {
  it('neutralises markup, attribute breakouts and entities', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`"><img src=x onerror=alert(1)>`)).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`' onmouseover='x`)).toBe('&#39; onmouseover=&#39;x');
    expect(escapeHtml('&lt; stays text')).toBe('&amp;lt; stays text');
  });

  it('links only http(s) URLs', () => {
    expect(htmlLink('x', 'javascript:alert(1)')).toBe('x');
    expect(htmlLink('x', ' JavaScript:alert(1)')).toBe('x');
    expect(htmlLink('x', 'data:text/html,<script>alert(1)</script>')).toBe('x');
    expect(htmlLink('x', 'https://ok.example/a"b')).toBe('<a href="https://ok.example/a%22b" rel="noopener noreferrer">x</a>');
  });
});

describe('toHtml', () => {
  const html = toHtml(
    fixtureReport({
      disputes: [{ claimId: 'fixture-collagen', quote: 'Our vesicle serum rebuilds collagen in 7 days.', reason: 'A newer trial disagrees', at: '2026-05-03T08:00:00Z' }],
    }),
  );
  const parsed = parse(html);

  it('is a standalone document: inline CSS, no scripts, nothing loaded from elsewhere', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(parsed.tags).toContain('style');
    expect(parsed.tags).not.toContain('script');
    expect(parsed.tags).not.toContain('link');
    expect(parsed.tags).not.toContain('img');
    expect(html).toContain("default-src 'none'");
  });

  it('carries the same content as the Markdown report', () => {
    const text = parsed.text.replace(/\s+/g, ' ');
    expect(text).toContain('ClaimLens report: Glow Serum — shop');
    expect(text).toContain('2026-05-01 09:30 UTC');
    expect(text).toContain('Our vesicle serum rebuilds collagen in 7 days.');
    expect(text).toContain('Misleading (rating 2 of 5) · Lab or animal studies only');
    expect(text).toContain('1 False · 2 Misleading · 3 Unproven · 4 Overstated · 5 Accurate');
    expect(text).toContain('Undated agency leaflet on skin products (n.d.).');
    expect(text).toContain('Trend-level US note: no vesicle product is approved. (applies to all exosome products)');
    expect(text).toContain('Claim-level US note');
    expect(text).not.toContain('KR note');
    expect(text).not.toContain('EU note');
    expect(text).toContain('Raised by the page only to dispute it');
    expect(text).toContain('Disputed by the reader (2026-05-03 08:00 UTC): A newer trial disagrees');
    expect(text).toContain('Judged by ClaimLens claims database 2026-03-14+abc12345');
  });

  it('numbers the sources in an ordered list with DOI links', () => {
    expect(html).toMatch(/<ol>\n<li>Doe J/);
    expect(parsed.attributes).toContainEqual({ tag: 'a', name: 'href', value: 'https://doi.org/10.9999/jid.2021%283%2901' });
  });
});

describe('toHtml with hostile page text', () => {
  const html = toHtml(
    fixtureReport({
      page: { url: `javascript:alert(1)//"><script>alert(4)</script>`, title: HOSTILE, checkedAt: PAGE.checkedAt },
      findings: [{ claimId: 'fixture-collagen', quote: HOSTILE, stance: 'asserted', prefix: '<b onclick=x>', suffix: '</mark></blockquote><iframe src=//evil.example>' }],
      disputes: [{ claimId: 'fixture-collagen', quote: HOSTILE, reason: '<svg onload=alert(5)>', sourceUrl: 'javascript:alert(6)', at: 0 }],
    }),
  );
  const parsed = parse(html);

  it('creates no element, attribute or link from page text', () => {
    expect(parsed.tags).not.toContain('script');
    expect(parsed.tags).not.toContain('img');
    expect(parsed.tags).not.toContain('iframe');
    expect(parsed.tags).not.toContain('svg');
    expect(parsed.tags).not.toContain('b');
    expect(parsed.attributes.filter((a) => a.name.startsWith('on'))).toEqual([]);
    for (const href of parsed.attributes.filter((a) => a.name === 'href')) expect(href.value).toMatch(/^https:\/\//);
  });

  it('shows the hostile text as text', () => {
    expect(parsed.text).toContain('<script>alert(1)</script>');
    expect(parsed.text).toContain('<svg onload=alert(5)>');
  });
});
