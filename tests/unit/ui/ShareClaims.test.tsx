import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ShareClaims } from '../../../src/ui/options/ShareClaims';
import { fakeBackend, fakeServices } from './fixtures';
import { renderWithServices } from './render';

afterEach(cleanup);

function chooseFile(content: string, name = 'shared-claims.json') {
  const input = screen.getByLabelText('Import claims from a file…') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('import claims', () => {
  it('lists what is wrong and where when the background refuses the file', async () => {
    const backend = fakeBackend({
      importUserClaims: () => ({
        ok: false,
        errors: ['claims[0].sources[1].url: must be an http(s) address', 'claims[2].id: "a" is already used by claims[0]'],
      }),
    });
    renderWithServices(<ShareClaims hasClaims />, fakeServices({ backend }).services);
    chooseFile('{"format":"fixture"}');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('shared-claims.json was not imported: nothing was changed. 2 problems to fix');
    expect(screen.getByText('claims[0].sources[1].url: must be an http(s) address')).toBeTruthy();
    expect(screen.getByText('claims[2].id: "a" is already used by claims[0]')).toBeTruthy();
    expect(backend.importUserClaims).toHaveBeenCalledWith({ json: '{"format":"fixture"}' });
  });

  it('reports how many claims were imported', async () => {
    const backend = fakeBackend({ importUserClaims: () => ({ ok: true, imported: 3 }) });
    renderWithServices(<ShareClaims hasClaims />, fakeServices({ backend }).services);
    chooseFile('[]');
    expect(await screen.findByText('Imported 3 claims from shared-claims.json.')).toBeTruthy();
  });
});
