// Issue 3, test 6: importing a broken claims file (malformed JSON; one invalid claim among valid
// ones) is refused with a message, and the stored claims stay exactly as they were.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExtensionPage, useHarness, waitFor } from './harness';
import { claimsFile, importableClaim, listedUserClaims } from './harness/user-claims';

async function importFile(options: Page, name: string, contents: string) {
  await options.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

describe('options: importing claims', () => {
  const h = useHarness();
  let options: Page;
  let stored: string[];

  beforeAll(async () => {
    options = await openExtensionPage(h().browser, 'options.html');
    // Something stored first, so "nothing changed" means something.
    await importFile(options, 'good.json', claimsFile([importableClaim({ id: 'e2e-existing-claim' })]));
    await options.getByText(/Imported 1 claim from good\.json/).waitFor();
    stored = await waitFor(() => listedUserClaims(options), (ids) => ids.includes('e2e-existing-claim'), {
      message: 'the imported claim in the list',
    });
    expect(stored).toEqual(['e2e-existing-claim']);
  });

  it('refuses malformed JSON with a message and changes nothing', async () => {
    await importFile(options, 'broken.json', '{"format": "claimlens-user-claims", "version": 1, "claims": [ {"id": "half');
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/broken\.json was not imported: nothing was changed/);
    expect(await alert.textContent()).toMatch(/JSON/);
    expect(await listedUserClaims(options)).toEqual(stored);
  });

  it('refuses a file with one invalid claim among valid ones, and stores none of them', async () => {
    const file = claimsFile([
      importableClaim({ id: 'e2e-valid-one' }),
      { ...importableClaim({ id: 'e2e-invalid-verdict' }), verdict: 'probably-fine' },
      importableClaim({ id: 'e2e-valid-two' }),
    ]);
    await importFile(options, 'mixed.json', file);
    const alert = options.getByRole('alert').filter({ hasText: 'mixed.json' });
    await alert.waitFor();
    const message = (await alert.textContent()) ?? '';
    expect(message).toMatch(/mixed\.json was not imported: nothing was changed/);
    expect(message).toContain('claims[1]');
    expect(await listedUserClaims(options)).toEqual(stored);

    // Stored, not just shown: a fresh options page lists the same claims.
    const fresh = await openExtensionPage(h().browser, 'options.html');
    await waitFor(() => listedUserClaims(fresh), (ids) => ids.length > 0, { message: 'the stored claims' });
    expect(await listedUserClaims(fresh)).toEqual(stored);
    await fresh.close();
  });
});
