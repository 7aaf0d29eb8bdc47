import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as exportsModule from '../../../src/exports';
import { SidePanelApp } from '../../../src/ui/sidepanel/SidePanelApp';
import type { Dispute } from '../../../src/disputes/types';
import { captureDownloads } from './downloads';
import { approvalClaim, collagenClaim, fakeBackend, fakeServices, finding, fixtureBundle, tabFindings } from './fixtures';
import { renderWithServices } from './render';

vi.mock('../../../src/exports', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/exports')>();
  return { ...actual, exportFile: vi.fn(actual.exportFile), citationFor: vi.fn(actual.citationFor) };
});

const collagen = finding(collagenClaim, {
  quote: 'Our vesicle serum rebuilds collagen in two weeks.',
  prefix: 'New this spring. ',
  suffix: ' Order now.',
});
const approval = finding(approvalClaim, { start: 80, quote: 'Unlike others, these vesicles are regulator approved.' });
const PAGE_URL = 'https://shop.example/serum';

function renderPanel(options: { disputes?: Dispute[]; backend?: Parameters<typeof fakeBackend>[0]; settings?: Parameters<typeof fakeBackend>[1] } = {}) {
  const backend = fakeBackend({ getTabFindings: () => tabFindings([collagen, approval], { updatedAt: Date.UTC(2026, 1, 3) }), ...options.backend }, options.settings);
  const env = fakeServices({ backend, disputes: options.disputes });
  renderWithServices(<SidePanelApp />, env.services);
  return { backend, ...env };
}

const cardOf = async (topicName: RegExp) => within(await screen.findByRole('region', { name: topicName })).getByRole('article');

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('side panel: exports', () => {
  let downloads: ReturnType<typeof captureDownloads>;
  beforeEach(() => (downloads = captureDownloads()));
  afterEach(() => downloads.restore());

  it('exports the current page in each format through the exporters', async () => {
    renderPanel({ settings: { jurisdiction: 'KR' } });
    const group = await screen.findByRole('group', { name: 'Export this page' });
    const formats = [
      ['Markdown', 'markdown'],
      ['HTML', 'html'],
      ['ClaimReview JSON-LD', 'claim-review'],
      ['CSV', 'csv'],
    ] as const;
    for (const [label] of formats) fireEvent.click(within(group).getByRole('button', { name: label }));

    const calls = vi.mocked(exportsModule.exportFile).mock.calls;
    expect(calls.map(([, format]) => format)).toEqual(formats.map(([, format]) => format));
    const [report] = calls[0]!;
    expect(report.page).toMatchObject({ url: PAGE_URL, title: 'Serum shop', checkedAt: '2026-02-03T00:00:00.000Z' });
    expect(report).toMatchObject({ jurisdiction: 'KR', dbVersion: fixtureBundle.version });
    expect(report.items.map((item) => item.claim.id)).toEqual([collagenClaim.id, approvalClaim.id]);
    expect(report.items[0]).toMatchObject({ quote: collagen.quote, prefix: 'New this spring. ', suffix: ' Order now.' });

    expect(downloads.files.map((file) => file.name)).toEqual(
      formats.map(([, format]) => exportsModule.exportFileName(report, format)),
    );
    // Each click builds its report then (its generation time differs): compare with that one.
    const reportOf = (index: number) => calls[index]![0];
    expect(await downloads.files[0]!.text()).toBe(exportsModule.toMarkdown(reportOf(0)));
    expect(await downloads.files[1]!.text()).toBe(exportsModule.toHtml(reportOf(1)));
    expect(await downloads.files[2]!.text()).toBe(exportsModule.toClaimReviews(reportOf(2)));
    expect(await downloads.files[3]!.text()).toBe(exportsModule.toCsv(reportOf(3)));
    expect(downloads.files[2]!.type).toContain('application/ld+json');
  });

  it('carries the reader’s disputes into the export', async () => {
    const dispute: Dispute = {
      id: 'd1',
      claimId: collagenClaim.id,
      quote: collagen.quote,
      url: `${PAGE_URL}#reviews`,
      reason: 'The study was on mice.',
      at: Date.UTC(2026, 1, 1),
    };
    renderPanel({ disputes: [dispute] });
    const group = await screen.findByRole('group', { name: 'Export this page' });
    await screen.findByText('You disputed this');
    fireEvent.click(within(group).getByRole('button', { name: 'Markdown' }));
    const [report] = vi.mocked(exportsModule.exportFile).mock.calls[0]!;
    expect(report.items[0]!.dispute).toEqual({ reason: 'The study was on mice.', at: '2026-02-01T00:00:00.000Z' });
    expect(report.items[1]!.dispute).toBeUndefined();
  });

  it('offers no export on a page without findings', async () => {
    renderPanel({ backend: { getTabFindings: () => tabFindings([]) } });
    await screen.findByText('No trend claims found on this page');
    expect(screen.queryByRole('group', { name: 'Export this page' })).toBeNull();
  });
});

describe('side panel: per-finding tools', () => {
  it('copies a citation of the finding', async () => {
    const { services } = renderPanel();
    const card = await cardOf(/Collagen and elastin/);
    fireEvent.click(within(card).getByRole('button', { name: 'Copy citation' }));
    const expected = exportsModule.citationFor({ quote: collagen.quote, stance: 'asserted', claim: collagenClaim }, fixtureBundle.version);
    await waitFor(() => expect(services.copyText).toHaveBeenCalledWith(expected));
    expect(expected).toContain(collagen.quote);
    expect(await within(card).findByText('Citation copied.')).toBeTruthy();
  });

  it('says so when the clipboard refuses', async () => {
    const { services } = renderPanel();
    vi.mocked(services.copyText).mockRejectedValueOnce(new Error('Document is not focused.'));
    const card = await cardOf(/Collagen and elastin/);
    fireEvent.click(within(card).getByRole('button', { name: 'Copy citation' }));
    expect(await within(card).findByText('Could not copy: Document is not focused.')).toBeTruthy();
  });

  it('requires a reason to dispute a finding and checks the source address', async () => {
    const { backend } = renderPanel();
    const card = await cardOf(/Collagen and elastin/);
    fireEvent.click(within(card).getByRole('button', { name: 'I think this is wrong' }));
    const form = within(card).getByRole('form', { name: 'Dispute this finding' });

    fireEvent.click(within(form).getByRole('button', { name: 'Save dispute' }));
    expect(await within(form).findByText('Say why you think this finding is wrong')).toBeTruthy();
    expect(within(form).getByLabelText(/Why do you think this is wrong/).getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(within(form).getByLabelText(/Why do you think this is wrong/), { target: { value: 'Mice, not people.' } });
    fireEvent.change(within(form).getByLabelText(/Source/), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save dispute' }));
    expect(await within(form).findByText(/The source must be an http\(s\) address/)).toBeTruthy();
    expect(backend.addDispute).not.toHaveBeenCalled();

    fireEvent.change(within(form).getByLabelText(/Source/), { target: { value: ' https://example.org/mouse-study ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save dispute' }));
    await waitFor(() =>
      expect(backend.addDispute).toHaveBeenCalledWith({
        claimId: collagenClaim.id,
        quote: collagen.quote,
        url: PAGE_URL,
        reason: 'Mice, not people.',
        sourceUrl: 'https://example.org/mouse-study',
      }),
    );
    expect(await within(card).findByText('Dispute saved on this device.')).toBeTruthy();
    expect(within(card).queryByRole('form')).toBeNull();
  });

  it('shows what the background says is wrong with a dispute', async () => {
    renderPanel({ backend: { addDispute: () => ({ ok: false, errors: ['reason: too long'] }) } });
    const card = await cardOf(/Collagen and elastin/);
    fireEvent.click(within(card).getByRole('button', { name: 'I think this is wrong' }));
    fireEvent.change(within(card).getByLabelText(/Why do you think this is wrong/), { target: { value: 'Because.' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save dispute' }));
    expect(await within(card).findByText('Not saved: reason: too long')).toBeTruthy();
  });

  it('marks disputed findings', async () => {
    renderPanel({
      disputes: [{ id: 'd1', claimId: approvalClaim.id, quote: approval.quote, url: PAGE_URL, reason: 'It was approved as a device.', at: 5 }],
    });
    const card = await cardOf(/Regulatory status/);
    expect(await within(card).findByText('You disputed this')).toBeTruthy();
    expect(within(card).getByText('It was approved as a device.')).toBeTruthy();
    expect(card.getAttribute('data-disputed')).toBe('true');
    expect((await cardOf(/Collagen and elastin/)).getAttribute('data-disputed')).toBeNull();
  });

  it('silences a claim on this site, with an undo', async () => {
    const { backend } = renderPanel();
    const card = await cardOf(/Collagen and elastin/);
    fireEvent.click(within(card).getByRole('button', { name: 'Silence this claim on this site' }));
    await waitFor(() => expect(backend.silenceClaim).toHaveBeenCalledWith({ hostname: 'shop.example', claimId: collagenClaim.id }));
    const notice = await screen.findByText(/is silenced on shop\.example/);
    expect(notice.textContent).toContain(collagenClaim.claim);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(backend.unsilenceClaim).toHaveBeenCalledWith({ hostname: 'shop.example', claimId: collagenClaim.id }));
    await waitFor(() => expect(screen.queryByText(/is silenced on/)).toBeNull());
  });
});

describe('side panel: research log switch', () => {
  it('turns the research log on in one click and links to the log page', async () => {
    const { backend } = renderPanel();
    const toggle = (await screen.findByRole('checkbox', { name: 'Keep a research log' })) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => expect(backend.updateSettings).toHaveBeenCalledWith({ researchLog: true }));
    await waitFor(() => expect(toggle.checked).toBe(true));
    const link = screen.getByRole('link', { name: 'Open the research log' });
    expect(link.getAttribute('href')).toBe('/log.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });
});
