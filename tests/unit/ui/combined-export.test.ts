import { describe, expect, it } from 'vitest';
import { buildReport, claimReviewsFor, toCsv, toHtml, toMarkdown, type ExportReport } from '../../../src/exports';
import { combinedExportFile } from '../../../src/ui/reports/combined-export';
import { approvalClaim, collagenClaim, fixtureBundle, hairClaim } from './fixtures';

const claims = new Map([collagenClaim, approvalClaim, hairClaim].map((claim) => [claim.id, claim]));
const report = (url: string, title: string, findings: { claimId: string; quote: string }[]): ExportReport =>
  buildReport({
    page: { url, title, checkedAt: '2026-01-10T09:00:00Z' },
    findings: findings.map((finding) => ({ ...finding, stance: 'asserted' as const })),
    claims,
    trends: fixtureBundle.trends,
    jurisdiction: 'US',
    dbVersion: fixtureBundle.version,
    generatedAt: '2026-02-01T00:00:00Z',
  });

const shop = report('https://shop.example/serum', 'Shop <serum>', [
  { claimId: collagenClaim.id, quote: 'Rebuilds collagen in two weeks.' },
  { claimId: approvalClaim.id, quote: 'Regulator approved, of course.' },
]);
const blog = report('https://blog.example/post', 'Blog & diary', [{ claimId: hairClaim.id, quote: 'Regrew my hair.' }]);

describe('one export file for several research-log pages', () => {
  it('is the plain export for one page', () => {
    for (const format of ['markdown', 'html', 'csv', 'claim-review'] as const) {
      const file = combinedExportFile([shop], format);
      expect(file.fileName).toMatch(/^claimlens-shop\.example-2026-01-10\./);
    }
    expect(combinedExportFile([shop], 'markdown').content).toBe(toMarkdown(shop));
  });

  it('names the file after the research log and the export day', () => {
    expect(combinedExportFile([shop, blog], 'markdown').fileName).toBe('claimlens-research-log-2026-02-01.md');
    expect(combinedExportFile([shop, blog], 'claim-review').fileName).toBe('claimlens-research-log-2026-02-01.claimreview.json');
  });

  it('puts Markdown reports one after another', () => {
    const { content } = combinedExportFile([shop, blog], 'markdown');
    expect(content.startsWith(toMarkdown(shop))).toBe(true);
    expect(content.endsWith(toMarkdown(blog))).toBe(true);
  });

  it('writes one CSV header and every page’s rows', () => {
    const { content } = combinedExportFile([shop, blog], 'csv');
    const shopLines = toCsv(shop).split('\r\n').filter(Boolean);
    const blogLines = toCsv(blog).split('\r\n').filter(Boolean);
    expect(content.split('\r\n').filter(Boolean)).toEqual([...shopLines, ...blogLines.slice(1)]);
  });

  it('writes one ClaimReview array', () => {
    const { content } = combinedExportFile([shop, blog], 'claim-review');
    expect(JSON.parse(content)).toEqual([...claimReviewsFor(shop), ...claimReviewsFor(blog)]);
  });

  it('writes one HTML document holding every page', () => {
    const { content } = combinedExportFile([shop, blog], 'html');
    expect(content.match(/<html/g)).toHaveLength(1);
    expect(content.match(/<main>/g)).toHaveLength(1);
    expect(content.match(/<\/main>/g)).toHaveLength(1);
    expect(content).toContain('<title>ClaimLens research log: 2 pages</title>');
    expect(content).toContain('Shop &lt;serum&gt;');
    expect(content).toContain('Blog &amp; diary');
    expect(content).toContain('Regrew my hair.');
    expect(content.startsWith(toHtml(shop).slice(0, toHtml(shop).indexOf('<title>')))).toBe(true);
  });

  it('needs at least one page', () => {
    expect(() => combinedExportFile([], 'csv')).toThrow(/at least one page/);
  });
});
