import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimForm } from '../../../src/ui/options/claim-form/ClaimForm';
import { fakeBackend, fakeServices, userClaim } from './fixtures';
import { renderWithServices } from './render';

afterEach(cleanup);

function field(name: RegExp | string) {
  return screen.getByLabelText(name) as HTMLInputElement;
}

function type(name: RegExp | string, value: string) {
  fireEvent.change(field(name), { target: { value } });
}

function choose(name: RegExp | string, value: string) {
  fireEvent.change(screen.getByLabelText(name), { target: { value } });
}

function englishPhrasings() {
  return within(screen.getByRole('group', { name: 'Phrasings' })).getByLabelText('English') as HTMLTextAreaElement;
}

function errorsFor(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby') ?? '';
  return ids
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

function renderForm(backend = fakeBackend(), onSaved = vi.fn()) {
  renderWithServices(
    <ClaimForm editing={null} reservedIds={new Set(['vesicles-rebuild-collagen'])} onSaved={onSaved} onCancel={() => undefined} />,
    fakeServices({ backend }).services,
  );
  return { backend, onSaved };
}

function fillValidClaim() {
  type('Id', 'mist-beats-needles');
  choose('Trend', 'growth-factors');
  choose('Topic', 'superiority');
  type('Claim', 'Growth factor mist works better than microneedling');
  choose('Verdict', 'misleading');
  choose('Evidence', 'none');
  type('Summary', 'No study compares them.');
  type('Explanation', 'Fixture explanation written for the form test.');
  fireEvent.change(englishPhrasings(), { target: { value: 'better than microneedling\nreplaces needl*' } });
  type('Citation', 'Fixture citation for the form test');
  type('Year', '2024');
  choose('Kind', 'commentary');
}

describe('options claim form', () => {
  it('shows inline errors next to each invalid field and does not save', async () => {
    const { backend } = renderForm();
    type('Id', 'Not An Id');
    fireEvent.change(englishPhrasings(), { target: { value: 'x' } });
    type('DOI (optional)', 'doi-less');
    fireEvent.click(screen.getByRole('button', { name: 'Save claim' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Source 1, year: must be a year such as 2024');
    expect(summary.textContent).toContain('Phrasings (English), line 1: is too short');
    expect(errorsFor(field('Id'))).toContain('Must be lowercase words joined by hyphens');
    expect(errorsFor(field('Trend'))).toContain('Choose one');
    expect(errorsFor(field('Summary'))).toContain('Must not be empty');
    expect(errorsFor(englishPhrasings())).toContain('“x”: is too short');
    expect(errorsFor(field('DOI (optional)'))).toContain('Must be a DOI');
    expect(errorsFor(field('Year'))).toContain('Must be a year');
    expect(field('Id').getAttribute('aria-invalid')).toBe('true');
    expect(backend.saveUserClaim).not.toHaveBeenCalled();
  });

  it('refuses the id of a bundled claim', async () => {
    renderForm();
    fillValidClaim();
    type('Id', 'vesicles-rebuild-collagen');
    fireEvent.click(screen.getByRole('button', { name: 'Save claim' }));
    await waitFor(() => expect(errorsFor(field('Id'))).toContain('shipped with ClaimLens'));
  });

  it('saves a valid claim through the background', async () => {
    const { backend, onSaved } = renderForm();
    fillValidClaim();
    fireEvent.click(screen.getByRole('button', { name: 'Save claim' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('mist-beats-needles'));
    const [{ claim, replaceId }] = backend.saveUserClaim.mock.calls[0]!;
    expect(replaceId).toBeUndefined();
    expect(claim).toMatchObject({
      id: 'mist-beats-needles',
      phrasings: { en: ['better than microneedling', 'replaces needl*'] },
      sources: [{ id: 'S1', citation: 'Fixture citation for the form test', year: 2024, kind: 'commentary' }],
    });
  });

  it("shows the background's own validation errors at their fields", async () => {
    const backend = fakeBackend({ saveUserClaim: () => ({ ok: false, errors: ['id: you already have a claim with id "mist-beats-needles"'] }) });
    const { onSaved } = renderForm(backend);
    fillValidClaim();
    fireEvent.click(screen.getByRole('button', { name: 'Save claim' }));
    await waitFor(() => expect(errorsFor(field('Id'))).toContain('You already have a claim'));
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('edits an existing claim, keeping its id as replaceId', async () => {
    const backend = fakeBackend();
    const onSaved = vi.fn();
    renderWithServices(
      <ClaimForm editing={userClaim} reservedIds={new Set()} onSaved={onSaved} onCancel={() => undefined} />,
      fakeServices({ backend }).services,
    );
    expect(field('Claim').value).toBe(userClaim.claim);
    type('Summary', 'Edited summary.');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(backend.saveUserClaim.mock.calls[0]![0]).toMatchObject({ replaceId: 'my-own-claim', claim: { summary: 'Edited summary.' } });
  });

  it('adds sources and cites them from a regulatory note', async () => {
    const { backend } = renderForm();
    fillValidClaim();
    fireEvent.click(screen.getByRole('button', { name: 'Add a regulatory note' }));
    const note = screen.getByRole('listitem', { name: 'Regulatory note 1' });
    fireEvent.change(within(note).getByLabelText('Region'), { target: { value: 'UK' } });
    fireEvent.change(within(note).getByLabelText('Note'), { target: { value: 'Fixture regulatory note.' } });
    fireEvent.click(within(note).getByLabelText('S1'));
    fireEvent.click(screen.getByRole('button', { name: 'Save claim' }));
    await waitFor(() => expect(backend.saveUserClaim).toHaveBeenCalled());
    expect(backend.saveUserClaim.mock.calls[0]![0].claim).toMatchObject({
      regulatory: [{ jurisdiction: 'UK', note: 'Fixture regulatory note.', sourceIds: ['S1'] }],
    });
  });
});
