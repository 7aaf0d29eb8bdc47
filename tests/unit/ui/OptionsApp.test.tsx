import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';
import { fakeBackend, fakeServices, userClaim } from './fixtures';
import { renderWithServices } from './render';

afterEach(cleanup);

describe('options page', () => {
  it("lists the user's own claims (from the database) and deletes after a second confirmation", async () => {
    const backend = fakeBackend();
    renderWithServices(<OptionsApp />, fakeServices({ backend, userClaims: [userClaim] }).services);
    const list = await screen.findByRole('list', { name: 'Your claims' });
    expect(within(list).getByText(userClaim.claim)).toBeTruthy();

    fireEvent.click(within(list).getByRole('button', { name: 'Delete my-own-claim' }));
    expect(backend.deleteUserClaim).not.toHaveBeenCalled();
    fireEvent.click(within(list).getByRole('button', { name: 'Delete “my-own-claim”' }));
    await waitFor(() => expect(backend.deleteUserClaim).toHaveBeenCalledWith({ id: 'my-own-claim' }));
  });

  it('opens the form to edit a claim', async () => {
    renderWithServices(<OptionsApp />, fakeServices({ userClaims: [userClaim] }).services);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit my-own-claim' }));
    expect(screen.getByRole('heading', { name: 'Edit “my-own-claim”' })).toBeTruthy();
    expect((screen.getByLabelText('Id') as HTMLInputElement).value).toBe('my-own-claim');
  });

  it('exports the claims as a downloaded file', async () => {
    const backend = fakeBackend({ exportUserClaims: () => '{"claims":[]}' });
    const createObjectURL = vi.fn(() => 'blob:fixture');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    renderWithServices(<OptionsApp />, fakeServices({ backend, userClaims: [userClaim] }).services);
    const button = (await screen.findByRole('button', { name: 'Export your claims' })) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(clicks).toEqual(['claimlens-user-claims.json']));
    expect(createObjectURL).toHaveBeenCalled();
    click.mockRestore();
    vi.unstubAllGlobals();
  });

  it('changes settings and removes a paused site', async () => {
    const backend = fakeBackend({}, { pausedSites: ['news.example', 'shop.example'] });
    renderWithServices(<OptionsApp />, fakeServices({ backend }).services);
    fireEvent.click(await screen.findByLabelText(/Journalist: every finding/));
    await waitFor(() => expect(backend.updateSettings).toHaveBeenCalledWith({ sensitivity: 'all' }));

    fireEvent.change(screen.getByLabelText('Your region'), { target: { value: 'KR' } });
    await waitFor(() => expect(backend.updateSettings).toHaveBeenCalledWith({ jurisdiction: 'KR' }));

    fireEvent.click(screen.getByRole('button', { name: 'Remove shop.example from paused sites' }));
    await waitFor(() => expect(backend.setSitePaused).toHaveBeenCalledWith({ hostname: 'shop.example', paused: false }));
  });
});
