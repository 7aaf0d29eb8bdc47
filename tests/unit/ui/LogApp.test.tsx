import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResearchLogEntry } from '../../../src/research-log/types';
import { LogApp } from '../../../src/ui/log/LogApp';
import { entry, logged } from '../research-log/fixtures';
import { captureDownloads } from './downloads';
import { approvalClaim, collagenClaim, fakeBackend, fakeServices, fixtureBundle, hairClaim } from './fixtures';
import { renderWithServices } from './render';

const shop = entry({
  id: 'shop',
  title: 'Vesicle serum shop',
  findings: [
    logged({ claimId: collagenClaim.id, topic: collagenClaim.topic, trend: 'exosomes', verdict: 'overstated', quote: 'Our vesicle serum rebuilds collagen in two weeks.' }),
    logged({ claimId: approvalClaim.id, topic: approvalClaim.topic, trend: 'exosomes', verdict: 'false', quote: 'These vesicles are regulator approved.' }),
  ],
});
const blog = entry({
  id: 'blog',
  url: 'https://blog.example/salmon',
  title: 'Salmon DNA diary',
  hostname: 'blog.example',
  firstSeen: new Date(2026, 0, 15, 9).getTime(),
  lastUpdated: new Date(2026, 0, 15, 10).getTime(),
  findings: [logged({ claimId: hairClaim.id, topic: hairClaim.topic, trend: 'pdrn-polynucleotides', verdict: 'unproven', quote: 'Salmon DNA ampoules regrow thinning hair.' })],
});

function renderLog(log: ResearchLogEntry[] = [blog, shop]) {
  const backend = fakeBackend({}, { researchLog: true });
  const env = fakeServices({ backend, researchLog: log });
  renderWithServices(<LogApp />, env.services);
  return { backend, ...env };
}

const shownTitles = () => screen.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

afterEach(cleanup);

describe('research log page', () => {
  it('lists logged pages with their findings, quotes in context and database version', async () => {
    renderLog();
    await screen.findByRole('heading', { name: 'Vesicle serum shop' });
    expect(shownTitles()).toEqual(['Salmon DNA diary', 'Vesicle serum shop']);
    const card = screen.getByRole('article', { name: 'Vesicle serum shop' });
    expect(within(card).getByText('Our vesicle serum rebuilds collagen in two weeks.').tagName).toBe('MARK');
    expect(within(card).getAllByText('…New in store.').length).toBe(2);
    expect(within(card).getByText('test-db')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Vesicle serum shop' }).getAttribute('href')).toBe('https://shop.example/serum');
  });

  it('filters by verdict, topic, trend and site, and searches quotes, titles and addresses', async () => {
    renderLog();
    await screen.findByRole('heading', { name: 'Vesicle serum shop' });
    fireEvent.change(screen.getByLabelText('Verdict'), { target: { value: 'false' } });
    expect(shownTitles()).toEqual(['Vesicle serum shop']);
    const card = screen.getByRole('article', { name: 'Vesicle serum shop' });
    expect(within(card).queryByText(/rebuilds collagen/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByLabelText('Trend'), { target: { value: 'pdrn-polynucleotides' } });
    expect(shownTitles()).toEqual(['Salmon DNA diary']);
    fireEvent.change(screen.getByLabelText('Trend'), { target: { value: '' } });

    fireEvent.change(screen.getByLabelText('Topic'), { target: { value: 'collagen-elastin' } });
    expect(shownTitles()).toEqual(['Vesicle serum shop']);
    fireEvent.change(screen.getByLabelText('Topic'), { target: { value: '' } });

    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'blog.example' } });
    expect(shownTitles()).toEqual(['Salmon DNA diary']);
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: '' } });

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-14' } });
    expect(shownTitles()).toEqual(['Salmon DNA diary']);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '' } });

    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'regulatr aproved' } });
    await waitFor(() => expect(shownTitles()).toEqual(['Vesicle serum shop']));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'blog.example/salmon' } });
    await waitFor(() => expect(shownTitles()).toEqual(['Salmon DNA diary']));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'nothing like this' } });
    expect(await screen.findByText('No logged page matches these filters.')).toBeTruthy();
  });

  describe('export', () => {
    let downloads: ReturnType<typeof captureDownloads>;
    beforeEach(() => (downloads = captureDownloads()));
    afterEach(() => downloads.restore());

    it('exports the selected page in each format', async () => {
      renderLog();
      const card = await screen.findByRole('article', { name: 'Vesicle serum shop' });
      const exportGroup = screen.getByRole('group', { name: 'Export selected' });
      expect((within(exportGroup).getByRole('button', { name: 'CSV' }) as HTMLButtonElement).disabled).toBe(true);
      fireEvent.click(within(card).getByRole('checkbox', { name: 'Select Vesicle serum shop' }));
      expect(screen.getByText('1 page selected')).toBeTruthy();
      for (const label of ['Markdown', 'HTML', 'ClaimReview JSON-LD', 'CSV']) {
        fireEvent.click(within(exportGroup).getByRole('button', { name: label }));
      }
      expect(downloads.files.map((file) => file.name)).toEqual([
        expect.stringMatching(/^claimlens-shop\.example-\d{4}-\d{2}-\d{2}\.md$/),
        expect.stringMatching(/\.html$/),
        expect.stringMatching(/\.claimreview\.json$/),
        expect.stringMatching(/\.csv$/),
      ]);
      const [markdown, html, claimReview, csv] = await Promise.all(downloads.files.map((file) => file.text()));
      expect(markdown).toContain('regulator approved');
      expect(markdown).toContain(fixtureBundle.version);
      expect(html).toContain('These vesicles are regulator approved.');
      const reviews = JSON.parse(claimReview!);
      expect(reviews.map((review: { claimReviewed: string }) => review.claimReviewed)).toEqual([
        'Our vesicle serum rebuilds collagen in two weeks.',
        'These vesicles are regulator approved.',
      ]);
      expect(csv!.split('\r\n').filter(Boolean)).toHaveLength(3);
    });

    it('exports every shown page as one file per format', async () => {
      renderLog();
      await screen.findByRole('article', { name: 'Vesicle serum shop' });
      fireEvent.click(screen.getByRole('checkbox', { name: /Select all shown \(2 of 2 pages\)/ }));
      expect(screen.getByText('2 pages selected')).toBeTruthy();
      const exportGroup = screen.getByRole('group', { name: 'Export selected' });
      fireEvent.click(within(exportGroup).getByRole('button', { name: 'CSV' }));
      fireEvent.click(within(exportGroup).getByRole('button', { name: 'ClaimReview JSON-LD' }));
      expect(downloads.files.map((file) => file.name)).toEqual([
        expect.stringMatching(/^claimlens-research-log-\d{4}-\d{2}-\d{2}\.csv$/),
        expect.stringMatching(/^claimlens-research-log-\d{4}-\d{2}-\d{2}\.claimreview\.json$/),
      ]);
      const csv = await downloads.files[0]!.text();
      const lines = csv.split('\r\n').filter(Boolean);
      expect(lines).toHaveLength(4);
      expect(lines.filter((line) => line.includes('Page URL'))).toHaveLength(1);
      expect(JSON.parse(await downloads.files[1]!.text())).toHaveLength(3);
    });

    it('exports only what the filters show, even when more was ticked', async () => {
      renderLog();
      await screen.findByRole('article', { name: 'Vesicle serum shop' });
      fireEvent.click(screen.getByRole('checkbox', { name: /Select all shown/ }));
      fireEvent.change(screen.getByLabelText('Verdict'), { target: { value: 'false' } });
      expect(screen.getByText('1 page selected')).toBeTruthy();
      fireEvent.click(within(screen.getByRole('group', { name: 'Export selected' })).getByRole('button', { name: 'ClaimReview JSON-LD' }));
      const reviews = JSON.parse(await downloads.files[0]!.text());
      expect(reviews.map((review: { claimReviewed: string }) => review.claimReviewed)).toEqual(['These vesicles are regulator approved.']);
    });
  });

  it('deletes one page, the selected pages, or everything, each after a confirmation', async () => {
    const { backend } = renderLog();
    const card = await screen.findByRole('article', { name: 'Salmon DNA diary' });
    fireEvent.click(within(card).getByRole('button', { name: 'Delete Salmon DNA diary from the log' }));
    expect(backend.deleteLogEntries).not.toHaveBeenCalled();
    fireEvent.click(within(card).getByRole('button', { name: 'Delete this page' }));
    await waitFor(() => expect(backend.deleteLogEntries).toHaveBeenCalledWith({ ids: ['blog'] }));

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Vesicle serum shop' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete 1 page' }));
    await waitFor(() => expect(backend.deleteLogEntries).toHaveBeenLastCalledWith({ ids: ['shop'] }));

    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(backend.clearResearchLog).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all 2 pages from the log' }));
    await waitFor(() => expect(backend.clearResearchLog).toHaveBeenCalled());
  });

  it('says when the log is empty and offers the switch', async () => {
    renderLog([]);
    expect(await screen.findByText(/The log is empty/)).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Keep a research log' })).toBeTruthy();
  });
});
