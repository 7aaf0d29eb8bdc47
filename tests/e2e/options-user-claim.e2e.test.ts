// Issue 3, test 5: a claim added through the options form (one the bundled database does not
// make) is highlighted and counted on a page that makes it.
import { describe, expect, it } from 'vitest';
import { badgeText, openExtensionPage, readHighlights, tabIdOf, useHarness, waitFor } from './harness';
import { compareHighlights, expectedBadge, expectedFindings } from './harness/oracle';
import { addClaimThroughForm, CIRCADIAN_CLAIM, listedUserClaims } from './harness/user-claims';

describe('options: a claim of your own', () => {
  const h = useHarness();

  it('is saved from the form, then highlighted and counted on a page that makes it', async () => {
    // Without the user's claim, the page's claim sentence is nothing ClaimLens knows.
    const before = await h().open(h().http.url('/user-claim-circadian.html'));
    const bundledOnly = await expectedFindings(before, { sensitivity: 'all' });
    expect(bundledOnly.filter((finding) => finding.block.text.includes('circadian'))).toEqual([]);
    await before.close();

    const options = await openExtensionPage(h().browser, 'options.html');
    await addClaimThroughForm(options, CIRCADIAN_CLAIM);
    await options.getByRole('status').filter({ hasText: `Saved “${CIRCADIAN_CLAIM.id}”` }).waitFor();
    await waitFor(() => listedUserClaims(options), (ids) => ids.includes(CIRCADIAN_CLAIM.id), {
      message: 'the new claim in the list',
    });

    const page = await h().open(h().http.url('/user-claim-circadian.html'));
    const expected = await expectedFindings(page, { extraClaims: [CIRCADIAN_CLAIM] });
    const userFindings = expected.filter((finding) => finding.claimId === CIRCADIAN_CLAIM.id);
    expect(userFindings).toHaveLength(1);

    await waitFor(async () => compareHighlights(await readHighlights(page), expected), (result) => result.missing.length === 0, {
      message: 'the user claim to be highlighted',
    });
    expect((await readHighlights(page))[CIRCADIAN_CLAIM.verdict]?.join(' ')).toContain('circadian clock');
    const tabId = await tabIdOf(h().browser, page);
    await waitFor(() => badgeText(h().browser, tabId), (text) => text === expectedBadge(expected), {
      message: `the badge to count the user claim (${expectedBadge(expected)})`,
    });
  });
});
