// @vitest-environment node
// The exports on what the extension really ships: the bundled database and the real engine.
import { describe, expect, it } from 'vitest';
import { bundledDb } from '../../../src/claims/bundled';
import { createEngine } from '../../../src/claims/engine';
import {
  buildReport,
  citationFor,
  claimReviewsFor,
  exportFileName,
  toClaimReviewScript,
  toClaimReviews,
  toCsv,
  toHtml,
  toMarkdown,
} from '../../../src/exports';

const PARAGRAPH =
  'Our exosome serum rebuilds collagen and erases wrinkles in two weeks. ' +
  'The salmon PDRN ampoule heals acne scars overnight.';

describe('exports with the bundled database and the real engine', () => {
  const engine = createEngine({ claims: bundledDb.claims, trends: bundledDb.trends });
  // The same paragraph in two blocks, as when a page repeats its copy: one item per claim and quote.
  const findings = [...engine.scan(PARAGRAPH), ...engine.scan(PARAGRAPH)];
  const report = buildReport({
    page: { url: 'https://www.glow-shop.example/serum', title: 'Exosome Glow Serum', checkedAt: Date.UTC(2026, 5, 1, 12) },
    findings,
    claims: new Map(bundledDb.claims.map((claim) => [claim.id, claim])),
    trends: bundledDb.trends,
    jurisdiction: 'EU',
    dbVersion: bundledDb.version,
    generatedAt: Date.UTC(2026, 5, 1, 12, 5),
  });

  it('finds claims and keeps each claim and quote once', () => {
    expect(findings.length).toBeGreaterThan(0);
    expect(report.items.length).toBe(findings.length / 2);
    expect(report.items.some((item) => item.claim.trend === 'exosomes')).toBe(true);
  });

  it('produces every format, non-empty and naming the database version', () => {
    const outputs = {
      markdown: toMarkdown(report),
      html: toHtml(report),
      claimReviews: toClaimReviews(report),
      claimReviewScript: toClaimReviewScript(report),
      csv: toCsv(report),
      citation: citationFor(report.items[0]!, report.dbVersion),
    };
    for (const [format, output] of Object.entries(outputs)) {
      expect(output.length, format).toBeGreaterThan(200);
      expect(output, format).toContain(bundledDb.version);
    }
    expect(outputs.markdown).toContain(`Judged by ClaimLens claims database ${bundledDb.version}`);
    expect(claimReviewsFor(report).length).toBeGreaterThan(0);
    expect(exportFileName(report, 'markdown')).toBe('claimlens-glow-shop.example-2026-06-01.md');
  });

  it("includes the exosome trend's EU notes for the EU reader", () => {
    const exosomeItem = report.items.find((item) => item.claim.trend === 'exosomes')!;
    const euTrendNotes = bundledDb.trends.find((info) => info.trend === 'exosomes')!.regulatory.filter((note) => note.jurisdiction === 'EU');
    expect(euTrendNotes.length).toBeGreaterThan(0);
    expect(exosomeItem.regulatory.filter((note) => note.scope === 'trend').map((note) => note.note)).toEqual(euTrendNotes.map((note) => note.note));
  });
});
