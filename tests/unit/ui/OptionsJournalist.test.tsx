import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../../src/db/backup-format';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';
import { captureDownloads } from './downloads';
import { collagenClaim, fakeBackend, fakeServices } from './fixtures';
import { renderWithServices } from './render';

afterEach(cleanup);

function chooseFile(input: HTMLElement, file: File) {
  fireEvent.change(input, { target: { files: [file] } });
}

describe('options page: journalist data', () => {
  let downloads: ReturnType<typeof captureDownloads>;
  beforeEach(() => (downloads = captureDownloads()));
  afterEach(() => downloads.restore());

  it('turns the research log on from the settings', async () => {
    const backend = fakeBackend();
    renderWithServices(<OptionsApp />, fakeServices({ backend }).services);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Keep a research log' }));
    await waitFor(() => expect(backend.updateSettings).toHaveBeenCalledWith({ researchLog: true }));
    expect(screen.getByRole('link', { name: 'Open the research log' }).getAttribute('href')).toBe('/log.html');
  });

  it('lists silenced claims and undoes a silence', async () => {
    const backend = fakeBackend();
    renderWithServices(
      <OptionsApp />,
      fakeServices({ backend, silences: [{ hostname: 'shop.example', claimId: collagenClaim.id, at: 1 }] }).services,
    );
    const list = await screen.findByRole('list', { name: 'Silenced claims' });
    expect(within(list).getByText(collagenClaim.claim)).toBeTruthy();
    expect(within(list).getByText('on shop.example')).toBeTruthy();
    fireEvent.click(within(list).getByRole('button', { name: `Undo silence of ${collagenClaim.id} on shop.example` }));
    await waitFor(() => expect(backend.unsilenceClaim).toHaveBeenCalledWith({ hostname: 'shop.example', claimId: collagenClaim.id }));
  });

  it('lists disputes and exports them as JSON for a maintainer', async () => {
    const backend = fakeBackend({ exportDisputes: () => '{"format":"claimlens-disputes"}' });
    renderWithServices(
      <OptionsApp />,
      fakeServices({
        backend,
        disputes: [
          {
            id: 'd1',
            claimId: collagenClaim.id,
            quote: 'Rebuilds collagen in two weeks.',
            url: 'https://shop.example/serum',
            reason: 'Mouse study only.',
            sourceUrl: 'https://example.org/study',
            at: 1,
          },
        ],
      }).services,
    );
    const list = await screen.findByRole('list', { name: 'Your disputes' });
    expect(within(list).getByText('Mouse study only.')).toBeTruthy();
    expect(within(list).getByRole('link', { name: 'your source' }).getAttribute('href')).toBe('https://example.org/study');
    fireEvent.click(screen.getByRole('button', { name: 'Export disputes (JSON)' }));
    await waitFor(() => expect(downloads.files.map((file) => file.name)).toEqual(['claimlens-disputes.json']));
    expect(await downloads.files[0]!.text()).toBe('{"format":"claimlens-disputes"}');
    fireEvent.click(within(list).getByRole('button', { name: `Delete the dispute of ${collagenClaim.id}` }));
    await waitFor(() => expect(backend.deleteDispute).toHaveBeenCalledWith({ id: 'd1' }));
  });

  it('backs up all data to one dated JSON file', async () => {
    const backend = fakeBackend({ exportBackup: () => '{"format":"claimlens-backup"}' });
    renderWithServices(<OptionsApp />, fakeServices({ backend }).services);
    fireEvent.click(await screen.findByRole('button', { name: 'Back up all my data' }));
    await waitFor(() => expect(downloads.files.map((file) => file.name)).toEqual([expect.stringMatching(/^claimlens-backup-\d{4}-\d{2}-\d{2}\.json$/)]));
    expect(await downloads.files[0]!.text()).toBe('{"format":"claimlens-backup"}');
  });

  async function openRestore() {
    fireEvent.click(await screen.findByRole('button', { name: 'Restore from a backup…' }));
    return screen.getByLabelText('Choose a backup file and restore it');
  }

  it('asks before offering the file picker, says what a restore replaces, and keeps one file input on the page', async () => {
    renderWithServices(<OptionsApp />, fakeServices().services);
    const button = await screen.findByRole('button', { name: 'Restore from a backup…' });
    // The claims import owns the page's only file input until the reader asks to restore.
    expect(document.querySelectorAll('input[type="file"]')).toHaveLength(1);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(/replaces all your ClaimLens data/)).toBeTruthy();
    expect(document.querySelectorAll('input[type="file"]')).toHaveLength(2);
  });

  it('restores a chosen backup and says what was restored', async () => {
    const backend = fakeBackend({
      restoreBackup: () => ({ ok: true, restored: { userClaims: 2, researchLog: 5, disputes: 1, silences: 3 } }),
    });
    renderWithServices(<OptionsApp />, fakeServices({ backend }).services);
    chooseFile(await openRestore(), new File(['{"backup":true}'], 'my-backup.json'));
    await waitFor(() => expect(backend.restoreBackup).toHaveBeenCalledWith({ json: '{"backup":true}' }));
    expect(
      await screen.findByText('Restored my-backup.json: 2 claims, 5 research-log pages, 1 disputes, 3 silenced claims, and your settings.'),
    ).toBeTruthy();
  });

  it('shows every problem of a refused backup, and that nothing changed', async () => {
    const backend = fakeBackend({
      restoreBackup: () => ({ ok: false, errors: ['researchLog[3].findings[0].verdict: Invalid option', 'disputes[0].id: "x" is already used by disputes[1]'] }),
    });
    renderWithServices(<OptionsApp />, fakeServices({ backend }).services);
    chooseFile(await openRestore(), new File(['{}'], 'broken.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('broken.json was not restored: nothing was changed. 2 problems to fix:');
    expect(within(alert).getByText('researchLog[3].findings[0].verdict: Invalid option')).toBeTruthy();
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const backend = fakeBackend();
    renderWithServices(<OptionsApp />, fakeServices({ backend }).services);
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: MAX_BACKUP_BYTES + 1 });
    chooseFile(await openRestore(), huge);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('larger than the 20 MB limit');
    expect(backend.restoreBackup).not.toHaveBeenCalled();
  });
});
