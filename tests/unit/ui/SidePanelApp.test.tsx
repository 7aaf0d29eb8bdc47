import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { SidePanelApp } from '../../../src/ui/sidepanel/SidePanelApp';
import { approvalClaim, collagenClaim, fakeBackend, fakeServices, finding, hairClaim, tabFindings } from './fixtures';
import { renderWithServices } from './render';

afterEach(cleanup);

const collagen = finding(collagenClaim, { quote: 'Our vesicle serum rebuilds collagen in two weeks.' });
const approval = finding(approvalClaim, { start: 80, quote: 'Unlike others, these vesicles are regulator approved.' });
const disputed = finding(hairClaim, { start: 160, stance: 'refuted', quote: 'Nobody has shown salmon DNA regrows hair.' });

function renderPanel(options: Parameters<typeof fakeBackend>[0] = {}) {
  const backend = fakeBackend({ getTabFindings: () => tabFindings([collagen, approval, disputed]), ...options });
  const env = fakeServices({ backend });
  renderWithServices(<SidePanelApp />, env.services);
  return { backend, ...env };
}

describe('side panel', () => {
  it('groups findings by topic with verdict, evidence and citable sources', async () => {
    renderPanel();
    const topic = await screen.findByRole('region', { name: /Collagen and elastin/ });
    const card = within(topic).getByRole('article');
    expect(within(card).getByText('Overstated')).toBeTruthy();
    expect(within(card).getByText('Lab or animal studies only')).toBeTruthy();
    expect(within(card).getByText(collagen.quote)).toBeTruthy();
    expect(within(card).getByText(collagenClaim.explanation)).toBeTruthy();
    const doi = within(card).getByRole('link', { name: 'doi:10.5555/fixture.1' });
    expect(doi.getAttribute('href')).toBe('https://doi.org/10.5555/fixture.1');
    expect(doi.getAttribute('target')).toBe('_blank');
    expect(doi.getAttribute('rel')).toContain('noopener');
    expect(within(card).getByText(/Fixture A, Example B/)).toBeTruthy();
    expect(screen.getByRole('region', { name: /Regulatory status/ })).toBeTruthy();
    expect(screen.getByRole('region', { name: /Hair growth/ })).toBeTruthy();
  });

  it("lists regulatory notes with the user's jurisdiction first, trend notes included", async () => {
    const backend = fakeBackend({ getTabFindings: () => tabFindings([collagen]) }, { jurisdiction: 'EU' });
    renderWithServices(<SidePanelApp />, fakeServices({ backend }).services);
    const topic = await screen.findByRole('region', { name: /Collagen and elastin/ });
    const notes = within(topic).getByRole('list', { name: 'Regulatory status by country' });
    const countries = within(notes)
      .getAllByRole('heading')
      .map((heading) => heading.textContent);
    expect(countries).toEqual(['European UnionYour region', 'United States', 'South Korea']);
    expect(within(notes).getByText(/human-derived vesicles are banned/)).toBeTruthy();
  });

  it('labels a claim raised only to dispute it', async () => {
    renderPanel();
    const topic = await screen.findByRole('region', { name: /Hair growth/ });
    expect(within(topic).getByText('Raised to dispute it')).toBeTruthy();
  });

  it('asks the background to show a finding on the page', async () => {
    const { backend } = renderPanel({ showFinding: () => false });
    const topic = await screen.findByRole('region', { name: /Collagen and elastin/ });
    fireEvent.click(within(topic).getByRole('button', { name: 'Show on page' }));
    await waitFor(() => expect(backend.showFinding).toHaveBeenCalledWith({ tabId: 7, key: collagen.key }));
    expect(await within(topic).findByText('This text is no longer on the page.')).toBeTruthy();
  });

  it('emphasises the finding the user came from (focusKey)', async () => {
    renderPanel({ getTabFindings: () => tabFindings([collagen, approval], { focusKey: approval.key }) });
    const topic = await screen.findByRole('region', { name: /Regulatory status/ });
    const card = within(topic).getByRole('article');
    expect(card.className).toContain('is-emphasised');
    await waitFor(() => expect(document.activeElement).toBe(card));
  });

  it('re-reads findings when the background says they changed, and follows tab switches', async () => {
    let current = [collagen];
    const backend = fakeBackend({ getTabFindings: ({ tabId }) => (tabId === 7 ? tabFindings(current) : null) });
    const env = fakeServices({ backend });
    renderWithServices(<SidePanelApp />, env.services);
    expect(await screen.findByText('1 finding on this page')).toBeTruthy();

    current = [collagen, approval];
    act(() => env.notifications.emit('findingsChanged', { tabId: 7 }));
    expect(await screen.findByText('2 findings on this page')).toBeTruthy();

    act(() => env.switchTab({ id: 8, url: 'https://blog.example/post', title: 'A blog' }));
    expect(await screen.findByText('No trend claims found on this page')).toBeTruthy();
    expect(backend.getTabFindings).toHaveBeenCalledWith({ tabId: 8 });
  });

  it('shows a recent selection check at the top', async () => {
    renderPanel({
      getSelectionCheck: () => ({
        text: 'These vesicles are regulator approved',
        at: Date.now(),
        result: { findings: [finding(approvalClaim, { blockId: 'selection' })], cards: {} },
      }),
    });
    const selection = await screen.findByRole('region', { name: 'Your selection' });
    expect(within(selection).getByText('False')).toBeTruthy();
    expect(within(selection).getByText(approvalClaim.summary)).toBeTruthy();
  });

  it('hides a selection check from long ago', async () => {
    renderPanel({
      getSelectionCheck: () => ({ text: 'old', at: Date.now() - 60 * 60 * 1000, result: { findings: [], cards: {} } }),
    });
    await screen.findByText('3 findings on this page');
    expect(screen.queryByRole('region', { name: 'Your selection' })).toBeNull();
  });

  it('searches the whole catalog, including claims not on the page', async () => {
    renderPanel({ getTabFindings: () => tabFindings([collagen]) });
    const box = await screen.findByRole('searchbox', { name: 'Search all claims' });
    fireEvent.change(box, { target: { value: 'regrow hiar' } });
    const search = screen.getByRole('region', { name: 'Search all claims' });
    expect(await within(search).findByText(hairClaim.claim)).toBeTruthy();
  });
});
