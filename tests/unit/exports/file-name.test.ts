// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EXPORT_MIME_TYPE, exportFile, exportFileName } from '../../../src/exports';
import { PAGE, fixtureReport } from './fixtures';

describe('exportFileName', () => {
  it('names the file by host and check date', () => {
    const report = fixtureReport({ page: { ...PAGE, url: 'https://www.Shop.example:8080/a/b?c=d' } });
    expect(exportFileName(report, 'markdown')).toBe('claimlens-shop.example-2026-05-01.md');
    expect(exportFileName(report, 'html')).toBe('claimlens-shop.example-2026-05-01.html');
    expect(exportFileName(report, 'csv')).toBe('claimlens-shop.example-2026-05-01.csv');
    expect(exportFileName(report, 'claim-review')).toBe('claimlens-shop.example-2026-05-01.claimreview.json');
  });

  it('falls back to "page" when the address has no web host', () => {
    const report = fixtureReport({ page: { ...PAGE, url: 'file:///../../etc/passwd' } });
    expect(exportFileName(report, 'markdown')).toBe('claimlens-page-2026-05-01.md');
  });

  it('bundles name, type and content for a download', () => {
    const file = exportFile(fixtureReport(), 'csv');
    expect(file.fileName).toBe('claimlens-shop.example-2026-05-01.csv');
    expect(file.mimeType).toBe(EXPORT_MIME_TYPE.csv);
    expect(file.content.startsWith('\uFEFFPage URL,')).toBe(true);
  });
});
