// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../src/exports';
import { escapeMarkdown } from '../../../src/exports/markdown-escape';
import { HOSTILE, PAGE, fixtureReport } from './fixtures';

/** Markdown syntax characters in `text` that are not backslash-escaped. */
function unescapedSyntax(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++; // the next character is literal
      continue;
    }
    if ('[]<>!*_`|~&'.includes(text[i]!)) found.push(text[i]!);
  }
  return found;
}

describe('toMarkdown', () => {
  const markdown = toMarkdown(
    fixtureReport({
      disputes: [
        { claimId: 'fixture-collagen', quote: 'Our vesicle serum rebuilds collagen in 7 days.', reason: 'A newer trial disagrees', sourceUrl: 'https://lab.example/trial', at: '2026-05-03T08:00:00Z' },
      ],
    }),
  );

  it('opens with the page, its link and when it was checked', () => {
    expect(markdown.startsWith('# ClaimLens report: Glow Serum — shop\n')).toBe(true);
    expect(markdown).toContain(`[Glow Serum — shop](${PAGE.url})`);
    expect(markdown).toContain('**Checked:** 2026-05-01 09:30 UTC');
    expect(markdown).toContain('1 False · 2 Misleading · 3 Unproven · 4 Overstated · 5 Accurate');
  });

  it('gives each claim its quote, verdict, evidence, explanation and numbered sources', () => {
    expect(markdown).toContain('## 1. Vesicle serums rebuild collagen within a week');
    expect(markdown).toContain('> …New\\! **Our vesicle serum rebuilds collagen in 7 days.** Try it…');
    expect(markdown).toContain('**Verdict:** Misleading (rating 2 of 5)');
    expect(markdown).toContain('**Evidence:** Lab or animal studies only');
    expect(markdown).toContain('Collagen gains were seen in cultured fibroblasts and in mice.');
    expect(markdown).toContain('1. Doe J, Roe R. Vesicles and fibroblasts. J Imag Derm 2021;3:1-9 (2021). <https://doi.org/10.9999/jid.2021%283%2901>');
    expect(markdown).toContain('2. Undated agency leaflet on skin products (n.d.). <https://agency.example/leaflet>');
    expect(markdown).toContain('3. Third source that a short citation leaves out (2019).');
  });

  it('says when the page raises a claim only to dispute it', () => {
    expect(markdown).toContain('## 2. Salmon DNA regrows hair');
    expect(markdown).toContain('**Stance:** Raised by the page only to dispute it');
    expect(markdown).toContain('No sources listed.');
  });

  it("shows the chosen jurisdiction's claim-level and trend-level notes, and no other jurisdiction's", () => {
    expect(markdown).toContain('**Regulatory status, United States (US)**');
    expect(markdown).toContain('- Claim-level US note: collagen claims make a product a drug.');
    expect(markdown).toContain('- Trend-level US note: no vesicle product is approved. *(applies to all exosome products)*');
    expect(markdown).toContain('Agency statement on vesicle products (2020). <https://agency.example/vesicles>');
    expect(markdown).not.toContain('KR note');
    expect(markdown).not.toContain('EU note');
    expect(markdown).toContain('No regulatory note for United States (US) in the database.');
    const eu = toMarkdown(fixtureReport({ jurisdiction: 'EU' }));
    expect(eu).toContain('Trend-level EU note');
    expect(eu).not.toContain('US note');
  });

  it("marks a disputed finding with the reader's reason", () => {
    expect(markdown).toContain('**⚠ Disputed by the reader** (2026-05-03 08:00 UTC): A newer trial disagrees Source: <https://lab.example/trial>');
    expect(markdown.match(/Disputed by the reader/g)).toHaveLength(1);
  });

  it('ends with the database version', () => {
    expect(markdown.trimEnd().split('\n').at(-1)).toBe('Judged by ClaimLens claims database 2026-03-14+abc12345');
  });

  it('says so when the page has no claims', () => {
    expect(toMarkdown(fixtureReport({ findings: [] }))).toContain('ClaimLens found no claims from its database on this page.');
  });
});

describe('Markdown escaping of page text', () => {
  const hostile = toMarkdown(
    fixtureReport({
      page: { url: 'javascript:alert(1)', title: HOSTILE, checkedAt: PAGE.checkedAt },
      findings: [{ claimId: 'fixture-collagen', quote: `${HOSTILE}\n\n# not a heading\n> not a quote`, stance: 'asserted' }],
    }),
  );

  it('leaves no link, image, HTML or emphasis syntax unescaped in page text', () => {
    const heading = hostile.split('\n')[0]!.replace('# ClaimLens report: ', '');
    expect(unescapedSyntax(heading)).toEqual([]);
    const quoteLine = hostile.split('\n').find((line) => line.startsWith('> '))!;
    // Only the ** that ClaimLens wraps around the quote are live syntax.
    expect(unescapedSyntax(quoteLine.slice('> **'.length, -'**'.length))).toEqual([]);
  });

  it('keeps multi-line page text on one line, so it cannot start headings or quotes', () => {
    expect(hostile).not.toMatch(/^# not a heading/m);
    expect(hostile).not.toMatch(/^> not a quote/m);
  });

  it('does not link a non-http page address', () => {
    expect(hostile).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(hostile).toContain('**Page:** javascript:alert(1)');
  });

  it('stops bare URLs, www. addresses and e-mail addresses from becoming links', () => {
    expect(escapeMarkdown('see https://evil.example or www.evil.example or a@evil.example')).toBe(
      'see https\\://evil.example or www\\.evil.example or a\\@evil.example',
    );
  });

  it('escapes block syntax at the start of the text', () => {
    expect(escapeMarkdown('# Title')).toBe('\\# Title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('12. item')).toBe('12\\. item');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('well-known 3.5% serum')).toBe('well-known 3.5% serum');
  });
});
