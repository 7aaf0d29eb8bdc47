// Claims the tests add as a user would: through the options form or an imported file.
import type { Page } from 'playwright-core';
import type { Claim } from '../../../src/claims/types';

/**
 * An exosome claim no bundled claim makes ("resets the skin's circadian clock"), as stored:
 * the oracle uses it to know what the page should show once the user added it.
 */
export const CIRCADIAN_CLAIM: Claim = {
  id: 'e2e-exosomes-circadian-clock',
  topic: 'cell-signalling',
  trend: 'exosomes',
  claim: "Exosome products reset the skin's circadian clock.",
  phrasings: { en: ['circadian clock'] },
  denials: {},
  hashtags: [],
  evidence: 'none',
  verdict: 'unproven',
  summary: 'No study has tested exosome cosmetics on the daily rhythm of skin cells.',
  explanation: 'Written for the end-to-end tests: a claim the bundled database does not make, so the tests can tell that a user claim is matched.',
  sources: [{ id: 'S1', citation: 'ClaimLens end-to-end test note on circadian claims.', year: 2026, kind: 'commentary' }],
  regulatory: [],
  safety: [],
  reviewed: '2026-11-01',
  origin: 'user',
};

/** A claim as it appears in an import file (no `origin`: the file says where claims come from). */
export function importableClaim(overrides: Partial<Claim> & { id: string }): Record<string, unknown> {
  const { origin: _origin, ...claim } = { ...CIRCADIAN_CLAIM, ...overrides };
  return claim;
}

export function claimsFile(claims: unknown[]): string {
  return JSON.stringify({ format: 'claimlens-user-claims', version: 1, claims }, null, 2);
}

/** The user claims the options page lists, as their ids (read from the list's rows). */
export function listedUserClaims(options: Page): Promise<string[]> {
  return options.evaluate(() =>
    [...document.querySelectorAll('[aria-label="Your claims"] li code')].map((code) => (code.textContent ?? '').trim()),
  );
}

/** Fills the options page's "New claim" form with `claim` and submits it. */
export async function addClaimThroughForm(options: Page, claim: Claim): Promise<void> {
  await options.getByRole('button', { name: 'Add a claim' }).click();
  const form = options.getByRole('form', { name: 'New claim' });
  await form.waitFor();
  const claimGroup = form.getByRole('group', { name: 'The claim' });
  await claimGroup.getByLabel(/^(claim )?id$/i).fill(claim.id);
  await claimGroup.getByLabel('Trend', { exact: true }).selectOption(claim.trend);
  await claimGroup.getByLabel('Topic', { exact: true }).selectOption(claim.topic);
  await claimGroup.getByLabel('Claim', { exact: true }).fill(claim.claim);
  const verdictGroup = form.getByRole('group', { name: 'Verdict' });
  await verdictGroup.getByLabel('Verdict', { exact: true }).selectOption(claim.verdict);
  await verdictGroup.getByLabel('Evidence', { exact: true }).selectOption(claim.evidence);
  await verdictGroup.getByLabel('Reviewed on', { exact: true }).fill(claim.reviewed);
  await verdictGroup.getByLabel('Summary', { exact: true }).fill(claim.summary);
  await verdictGroup.getByLabel('Explanation', { exact: true }).fill(claim.explanation);
  await form
    .getByRole('group', { name: 'Phrasings', exact: true })
    .getByLabel('English', { exact: true })
    .fill((claim.phrasings.en ?? []).join('\n'));
  const source = claim.sources[0]!;
  const sourceRow = form.getByRole('group', { name: 'Sources' }).getByRole('listitem', { name: 'Source 1' });
  await sourceRow.getByLabel(/^(source )?id$/i).fill(source.id);
  await sourceRow.getByLabel('Citation', { exact: true }).fill(source.citation);
  await sourceRow.getByLabel('Year', { exact: true }).fill(String(source.year));
  await sourceRow.getByLabel('Kind', { exact: true }).selectOption(source.kind);
  await form.getByRole('button', { name: 'Save claim' }).click();
}
