// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/exports';
import { PAGE, claimsById, fixtureReport, fixtureTrends } from './fixtures';

const quote = 'Our vesicle serum rebuilds collagen in 7 days.';

describe('buildReport', () => {
  it('keeps page, version and times, with times as ISO strings', () => {
    const report = fixtureReport({ page: { ...PAGE, checkedAt: Date.UTC(2026, 4, 1, 9, 30) }, generatedAt: new Date('2026-05-02T10:00:00Z') });
    expect(report.page).toEqual({ url: PAGE.url, title: PAGE.title, checkedAt: '2026-05-01T09:30:00.000Z' });
    expect(report.generatedAt).toBe('2026-05-02T10:00:00.000Z');
    expect(report.dbVersion).toBe('2026-03-14+abc12345');
    expect(report.items.map((item) => [item.claim.id, item.stance])).toEqual([
      ['fixture-collagen', 'asserted'],
      ['fixture-hair', 'refuted'],
    ]);
    expect(report.items[0]).toMatchObject({ prefix: 'New! ', suffix: ' Try it' });
  });

  it('merges findings of the same claim and quote, even when the quote wraps differently', () => {
    const report = fixtureReport({
      findings: [
        { claimId: 'fixture-collagen', quote, stance: 'asserted' },
        { claimId: 'fixture-collagen', quote: `  Our vesicle serum\nrebuilds collagen in 7 days. `, stance: 'asserted' },
        { claimId: 'fixture-collagen', quote: 'Another sentence about collagen.', stance: 'asserted' },
        { claimId: 'fixture-hair', quote, stance: 'asserted' },
      ],
    });
    expect(report.items.map((item) => [item.claim.id, item.quote])).toEqual([
      ['fixture-collagen', quote],
      ['fixture-collagen', 'Another sentence about collagen.'],
      ['fixture-hair', quote],
    ]);
  });

  it('leaves out findings whose claim no longer exists', () => {
    const report = fixtureReport({ findings: [{ claimId: 'deleted-user-claim', quote, stance: 'asserted' }] });
    expect(report.items).toEqual([]);
  });

  it("keeps only the chosen jurisdiction's notes, claim-level and trend-level", () => {
    const us = fixtureReport().items[0]!.regulatory;
    expect(us.map((note) => [note.scope, note.note])).toEqual([
      ['claim', 'Claim-level US note: collagen claims make a product a drug.'],
      ['trend', 'Trend-level US note: no vesicle product is approved.'],
    ]);
    expect(us[1]!.sources.map((source) => source.id)).toEqual(['FT1']);
    const eu = fixtureReport({ jurisdiction: 'EU' }).items[0]!.regulatory;
    expect(eu.map((note) => note.scope)).toEqual(['trend']);
    expect(fixtureReport({ jurisdiction: 'JP' }).items[0]!.regulatory).toEqual([]);
  });

  it('takes the trends as a list or as a map', () => {
    const fromMap = fixtureReport({ trends: new Map(fixtureTrends.map((info) => [info.trend, info])) });
    expect(fromMap).toEqual(fixtureReport());
  });

  it("attaches the reader's newest dispute to the finding with the same claim and quote", () => {
    const report = fixtureReport({
      disputes: [
        { claimId: 'fixture-collagen', quote, reason: 'older reason', at: Date.UTC(2026, 4, 1) },
        { claimId: 'fixture-collagen', quote, reason: 'newer reason', sourceUrl: 'https://lab.example/paper', at: Date.UTC(2026, 4, 3) },
        { claimId: 'fixture-hair', quote, reason: 'other claim', at: Date.UTC(2026, 4, 5) },
      ],
    });
    expect(report.items[0]!.dispute).toEqual({ reason: 'newer reason', sourceUrl: 'https://lab.example/paper', at: '2026-05-03T00:00:00.000Z' });
    expect(report.items[1]!.dispute).toBeUndefined();
  });

  it('refuses an invalid time rather than printing "Invalid Date"', () => {
    expect(() => buildReport({ page: { ...PAGE, checkedAt: 'yesterday' }, findings: [], claims: claimsById, trends: [], jurisdiction: 'US', dbVersion: 'v', generatedAt: 0 })).toThrow(RangeError);
  });
});
