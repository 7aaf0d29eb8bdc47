import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { approvalClaim, collagenClaim, fakeBackend, fakeServices, finding, hairClaim, tabFindings } from './fixtures';
import { renderWithServices } from './render';

afterEach(cleanup);

const findings = [
  finding(hairClaim, { start: 0 }),
  finding(collagenClaim, { start: 40 }),
  finding(collagenClaim, { start: 90 }),
  finding(approvalClaim, { start: 140 }),
  finding(approvalClaim, { start: 200, stance: 'refuted' }),
];

describe('popup', () => {
  it('shows counts by verdict and the worst findings first', async () => {
    const backend = fakeBackend({ getTabFindings: () => tabFindings(findings) });
    renderWithServices(<PopupApp />, fakeServices({ backend }).services);

    const counts = await screen.findByRole('list', { name: 'Findings by verdict' });
    expect(within(counts).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'False1',
      'Overstated2',
      'Unproven1',
    ]);
    const top = screen.getByRole('list', { name: 'Top findings' });
    const items = within(top).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain(approvalClaim.summary);
    expect(items[1]!.textContent).toContain(collagenClaim.summary);
    expect(screen.getByText('shop.example')).toBeTruthy();
    expect(screen.getByText(/1 mention raises a claim only to dispute it/)).toBeTruthy();
  });

  it('has an empty state', async () => {
    renderWithServices(<PopupApp />, fakeServices().services);
    expect(await screen.findByText('No trend claims found on this page')).toBeTruthy();
  });

  it('pauses and resumes on this site', async () => {
    const backend = fakeBackend({ getTabFindings: () => tabFindings(findings) });
    renderWithServices(<PopupApp />, fakeServices({ backend }).services);
    fireEvent.click(await screen.findByRole('button', { name: 'Pause on this site' }));
    await waitFor(() => expect(backend.setSitePaused).toHaveBeenCalledWith({ hostname: 'shop.example', paused: true }));
    expect(await screen.findByText('Paused on shop.example')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Resume on this site' }));
    await waitFor(() => expect(backend.setSitePaused).toHaveBeenLastCalledWith({ hostname: 'shop.example', paused: false }));
    expect(await screen.findByRole('list', { name: 'Findings by verdict' })).toBeTruthy();
  });

  it('shows the paused state for a paused site', async () => {
    const backend = fakeBackend({}, { pausedSites: ['shop.example'] });
    renderWithServices(<PopupApp />, fakeServices({ backend }).services);
    expect(await screen.findByText('Paused on shop.example')).toBeTruthy();
  });

  it('opens the side panel for this tab straight from the click', async () => {
    const env = fakeServices();
    let opened = false;
    renderWithServices(<PopupApp onPanelOpened={() => (opened = true)} />, env.services);
    const button = await screen.findByRole('button', { name: 'Open side panel' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    // Called synchronously inside the click handler: the browser needs the user gesture.
    expect(env.services.openSidePanel).toHaveBeenCalledWith(7);
    await waitFor(() => expect(opened).toBe(true));
  });

  it('explains that browser pages cannot be checked', async () => {
    renderWithServices(<PopupApp />, fakeServices({ tab: { id: 3, url: 'chrome://extensions/' } }).services);
    expect(await screen.findByText(/ClaimLens checks web pages/)).toBeTruthy();
  });

  it('uses the address the background saw when the browser hides the tab URL', async () => {
    const backend = fakeBackend({ getTabFindings: () => tabFindings(findings) });
    renderWithServices(<PopupApp />, fakeServices({ backend, tab: { id: 7 } }).services);
    expect(await screen.findByText('shop.example')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pause on this site' })).toBeTruthy();
  });

  it('treats a hidden URL with no findings as an ordinary page with nothing found', async () => {
    renderWithServices(<PopupApp />, fakeServices({ tab: { id: 7 } }).services);
    expect(await screen.findByText('No trend claims found on this page')).toBeTruthy();
  });
});
