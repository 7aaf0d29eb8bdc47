// Issue 6: the journalist's research log. With the log turned on, pages with claims are logged;
// the log page lists them, filters them, and exports the selection in every format. The pages
// were written for this test (tests/fixtures/pages/journalist-*.html); what ClaimLens should find
// on them comes from the oracle, so the test follows the claims database as it grows.
import { readFile } from 'node:fs/promises';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledDb } from '../../src/claims/bundled';
import { VERDICT_LABEL } from '../../src/claims/verdict-display';
import { CSV_HEADER } from '../../src/exports/csv';
import { extensionUrl, openExtensionPage, readHighlights, saveScreenshot, squash, useHarness, waitFor } from './harness';
import { compareHighlights, expectedFindings, type ExpectedFinding } from './harness/oracle';
import { openSidePanelFor } from './harness/ui';

const SHOTS_DIR = '/tmp/claimlens-shots';

async function checkedPage(open: () => Promise<Page>): Promise<{ page: Page; expected: ExpectedFinding[] }> {
  const page = await open();
  const expected = await expectedFindings(page);
  await waitFor(async () => compareHighlights(await readHighlights(page), expected).missing.length === 0, undefined, {
    message: `${page.url()} to be checked`,
  });
  return { page, expected };
}

/** Clicks an export button and returns the downloaded file's name and text. */
async function download(page: Page, group: string, label: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: group }).getByRole('button', { name: label, exact: true }).click(),
  ]);
  const filePath = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(filePath, 'utf8') };
}

/** Shown entries of the log page: title and the verdicts of their findings. */
function shownEntries(log: Page) {
  return log.evaluate(() =>
    [...document.querySelectorAll('article[data-entry-id]')].map((article) => ({
      title: article.querySelector('h2')?.textContent?.trim() ?? '',
      verdicts: [...article.querySelectorAll('li[data-verdict]')].map((item) => item.getAttribute('data-verdict') ?? ''),
      text: (article.textContent ?? '').replace(/\s+/g, ' '),
    })),
  );
}

async function keepScreenshot(page: Page, name: string): Promise<void> {
  const file = await saveScreenshot(page, name);
  mkdirSync(SHOTS_DIR, { recursive: true });
  copyFileSync(file, path.join(SHOTS_DIR, path.basename(file)));
}

describe('journalist: research log', () => {
  const h = useHarness();
  let clinic: { page: Page; expected: ExpectedFinding[] };
  let lab: { page: Page; expected: ExpectedFinding[] };
  let log: Page;

  beforeAll(async () => {
    // Turned on the way a reader does it: one click in the options page.
    const options = await openExtensionPage(h().browser, 'options.html');
    const toggle = options.getByRole('checkbox', { name: 'Keep a research log' });
    await toggle.click();
    await waitFor(() => toggle.isChecked(), undefined, { message: 'the research log switch to be on' });
    await options.close();

    clinic = await checkedPage(() => h().open(h().http.url('/journalist-clinic-notes.html')));
    lab = await checkedPage(() => h().open(h().http.url('/journalist-lab-diary.html')));
    // The fixtures still hold what the test needs: a false claim on one page only.
    expect(clinic.expected.some((finding) => finding.verdict === 'false')).toBe(true);
    expect(lab.expected.some((finding) => finding.verdict === 'false')).toBe(false);
    expect(lab.expected.length).toBeGreaterThan(0);

    log = await h().browser.context.newPage();
    await log.goto(extensionUrl(h().browser, 'log.html'));
  });

  it('logs each page with its findings, quotes and the claims database version', async () => {
    const entries = await waitFor(() => shownEntries(log), (list) => list.length === 2, { message: 'two pages in the log' });
    const clinicEntry = entries.find((entry) => entry.title.startsWith('Harbourlight'))!;
    const labEntry = entries.find((entry) => entry.title.startsWith('Notes from a small-batch lab'))!;
    expect(clinicEntry.verdicts.sort()).toEqual(clinic.expected.map((finding) => finding.verdict).sort());
    expect(labEntry.verdicts.sort()).toEqual(lab.expected.map((finding) => finding.verdict).sort());
    for (const finding of clinic.expected) expect(squash(clinicEntry.text)).toContain(squash(finding.quote).slice(0, 40));
    expect(clinicEntry.text).toContain(bundledDb.version);
    await keepScreenshot(log, 'journalist-log-page');
  });

  it('filters by verdict, trend and site, and searches', async () => {
    await log.getByLabel('Verdict').selectOption('false');
    let shown = await waitFor(() => shownEntries(log), (list) => list.length === 1, { message: 'one page with a false claim' });
    expect(shown[0]!.title).toMatch(/^Harbourlight/);
    expect(new Set(shown[0]!.verdicts)).toEqual(new Set(['false']));
    await log.getByLabel('Verdict').selectOption('');

    await log.getByLabel('Trend').selectOption('stem-cell-cosmetics');
    shown = await waitFor(() => shownEntries(log), (list) => list.length === 1, { message: 'one page about stem cells' });
    expect(shown[0]!.title).toMatch(/^Notes from a small-batch lab/);
    await log.getByLabel('Trend').selectOption('');

    await log.getByLabel('Site').selectOption('127.0.0.1');
    await waitFor(() => shownEntries(log), (list) => list.length === 2, { message: 'both pages on the fixture site' });
    await log.getByLabel('Site').selectOption('');

    // The search reads quotes, titles and addresses, not the rest of a page's text.
    await log.getByRole('searchbox').fill('humidity alarm');
    await log.getByText('No logged page matches these filters.').waitFor();
    await log.getByRole('searchbox').fill('supplier brochure');
    shown = await waitFor(() => shownEntries(log), (list) => list.length === 1, { message: 'the page whose quote matches' });
    expect(shown[0]!.title).toMatch(/^Notes from a small-batch lab/);
    await log.getByRole('searchbox').fill('');
    await waitFor(() => shownEntries(log), (list) => list.length === 2, { message: 'the whole log again' });
  });

  describe('exports the filtered selection in every format', () => {
    let falseFindings: ExpectedFinding[];

    beforeAll(async () => {
      falseFindings = clinic.expected.filter((finding) => finding.verdict === 'false');
      await log.getByLabel('Verdict').selectOption('false');
      await waitFor(() => shownEntries(log), (list) => list.length === 1, { message: 'the filtered log' });
      await log.getByRole('checkbox', { name: /Select all shown/ }).check();
      await log.getByText('1 page selected').waitFor();
      await keepScreenshot(log, 'journalist-log-filtered-selected');
    });

    it('Markdown', async () => {
      const file = await download(log, 'Export selected', 'Markdown');
      expect(file.name).toMatch(/\.md$/);
      for (const finding of falseFindings) expect(squash(file.text)).toContain(squash(finding.quote));
      expect(file.text).toContain(VERDICT_LABEL.false);
      expect(file.text).toContain(bundledDb.version);
      // Only what the filter shows: the clinic page's other findings are left out.
      const others = clinic.expected.filter((finding) => finding.verdict !== 'false' && !falseFindings.some((f) => f.quote === finding.quote));
      for (const finding of others) expect(squash(file.text)).not.toContain(squash(finding.quote));
    });

    it('HTML', async () => {
      const file = await download(log, 'Export selected', 'HTML');
      expect(file.name).toMatch(/\.html$/);
      expect(file.text).toMatch(/^<!DOCTYPE html>/);
      for (const finding of falseFindings) expect(squash(file.text)).toContain(squash(finding.quote));
      expect(file.text).toContain(VERDICT_LABEL.false);
      expect(file.text).toContain(bundledDb.version);
    });

    it('ClaimReview JSON-LD', async () => {
      const file = await download(log, 'Export selected', 'ClaimReview JSON-LD');
      expect(file.name).toMatch(/\.claimreview\.json$/);
      const reviews = JSON.parse(file.text) as Record<string, any>[];
      expect(reviews).toHaveLength(falseFindings.length);
      for (const review of reviews) {
        expect(review).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          reviewRating: { '@type': 'Rating', alternateName: VERDICT_LABEL.false },
          author: { '@type': 'Organization', name: 'ClaimLens' },
          itemReviewed: { '@type': 'Claim', appearance: { url: clinic.page.url() } },
        });
        expect(typeof review.reviewRating.ratingValue).toBe('number');
        expect(typeof review.datePublished).toBe('string');
      }
      expect(reviews.map((review) => squash(review.claimReviewed)).sort()).toEqual(falseFindings.map((f) => squash(f.quote)).sort());
    });

    it('CSV', async () => {
      const file = await download(log, 'Export selected', 'CSV');
      expect(file.name).toMatch(/\.csv$/);
      const lines = file.text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
      expect(lines[0]).toBe(CSV_HEADER.join(','));
      expect(lines).toHaveLength(1 + falseFindings.length);
      for (const finding of falseFindings) expect(squash(file.text)).toContain(squash(finding.quote));
      expect(lines.slice(1).every((line) => line.includes(VERDICT_LABEL.false) && line.includes(clinic.page.url()))).toBe(true);
    });
  });

  it('exports the current page from the side panel, which offers citation, dispute and silence on each finding', async () => {
    const panel = await openSidePanelFor(h().browser, clinic.page);
    const group = panel.getByRole('group', { name: 'Export this page' });
    await group.waitFor();
    const card = panel.locator('section[aria-labelledby="cl-page-findings-title"] article[data-verdict="false"]').first();
    for (const name of ['Copy citation', 'I think this is wrong', 'Silence this claim on this site']) {
      expect(await card.getByRole('button', { name }).count()).toBe(1);
    }
    await card.getByRole('button', { name: 'I think this is wrong' }).click();
    await keepScreenshot(panel, 'journalist-side-panel-dispute-form');
    await card.getByLabel(/Why do you think this is wrong/).fill('Written for the test: the clinic means a device clearance.');
    await card.getByLabel(/Source/).fill('https://example.org/clearance');
    await card.getByRole('button', { name: 'Save dispute' }).click();
    // Stored by the background, read back live by the panel.
    await card.getByText('You disputed this').waitFor();

    const file = await download(panel, 'Export this page', 'Markdown');
    expect(file.name).toMatch(/^claimlens-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.md$/);
    for (const finding of clinic.expected) expect(squash(file.text)).toContain(squash(finding.quote).slice(0, 40));
    expect(file.text).toContain('Written for the test: the clinic means a device clearance.');
    await keepScreenshot(panel, 'journalist-side-panel');
    await panel.close();
  });

  it('backs up every piece of user data in one file, listed on the options page', async () => {
    const options = await openExtensionPage(h().browser, 'options.html');
    await options.getByRole('list', { name: 'Your disputes' }).getByText('Written for the test: the clinic means a device clearance.').waitFor();
    const [file] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Back up all my data' }).click()]);
    const backup = JSON.parse(await readFile(await file.path(), 'utf8'));
    expect(file.suggestedFilename()).toMatch(/^claimlens-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(backup).toMatchObject({ format: 'claimlens-backup', version: 1, settings: { researchLog: true } });
    expect(backup.researchLog).toHaveLength(2);
    expect(backup.disputes).toHaveLength(1);
    await options.getByRole('button', { name: 'Restore from a backup…' }).click();
    await keepScreenshot(options, 'journalist-options');
    await options.close();
  });
});
