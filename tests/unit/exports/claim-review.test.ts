// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../../src/claims/vocabulary';
import { VERDICT_LABEL } from '../../../src/claims/verdict-display';
import { claimReviewsFor, toClaimReviewScript, toClaimReviews, type ClaimReview } from '../../../src/exports';
import { HOSTILE, PAGE, fixtureClaim, fixtureReport } from './fixtures';

function expectValidClaimReview(review: ClaimReview) {
  expect(review['@context']).toBe('https://schema.org');
  expect(review['@type']).toBe('ClaimReview');
  expect(typeof review.claimReviewed).toBe('string');
  expect(review.claimReviewed.length).toBeGreaterThan(0);
  expect(review.itemReviewed['@type']).toBe('Claim');
  for (const work of [review.itemReviewed.appearance, review.itemReviewed.firstAppearance]) {
    expect(work['@type']).toBe('CreativeWork');
    expect(typeof work.headline).toBe('string');
  }
  const rating = review.reviewRating;
  expect(rating['@type']).toBe('Rating');
  expect(Number.isInteger(rating.ratingValue)).toBe(true);
  expect(rating.worstRating).toBe(1);
  expect(rating.bestRating).toBe(5);
  expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
  expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
  expect(typeof rating.alternateName).toBe('string');
  expect(review.author).toEqual({ '@type': 'Organization', name: 'ClaimLens' });
  expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(typeof review.reviewBody).toBe('string');
  expect(typeof review.version).toBe('string');
  expect(review).not.toHaveProperty('url');
}

describe('ClaimReview JSON-LD', () => {
  it('reviews each asserted finding with every required field', () => {
    const reviews = claimReviewsFor(fixtureReport());
    expect(reviews).toHaveLength(1);
    const [review] = reviews;
    expectValidClaimReview(review!);
    expect(review).toMatchObject({
      claimReviewed: 'Our vesicle serum rebuilds collagen in 7 days.',
      itemReviewed: { appearance: { url: PAGE.url, headline: PAGE.title }, firstAppearance: { url: PAGE.url, headline: PAGE.title } },
      reviewRating: { ratingValue: 2, alternateName: 'Misleading' },
      datePublished: '2026-03-14',
      reviewBody: 'Only dish and mouse studies exist, none of a serum on human skin',
      version: '2026-03-14+abc12345',
    });
  });

  it('leaves out findings the page raises only to dispute (the page does not make that claim)', () => {
    expect(claimReviewsFor(fixtureReport()).map((r) => r.claimReviewed)).not.toContain('It is not true that salmon DNA regrows hair.');
  });

  it('maps every verdict onto 1 False … 5 Accurate', () => {
    const expected = { false: 1, misleading: 2, unproven: 3, overstated: 4, accurate: 5 };
    for (const verdict of VERDICTS) {
      const claim = fixtureClaim('fixture-collagen', { verdict });
      const [review] = claimReviewsFor(fixtureReport({ claims: new Map([[claim.id, claim]]) }));
      expectValidClaimReview(review!);
      expect(review!.reviewRating.ratingValue).toBe(expected[verdict]);
      expect(review!.reviewRating.alternateName).toBe(VERDICT_LABEL[verdict]);
    }
  });

  it('gives the publication date only when it is known', () => {
    const [unknown] = claimReviewsFor(fixtureReport());
    expect(unknown!.itemReviewed.appearance).not.toHaveProperty('datePublished');
    const [known] = claimReviewsFor(fixtureReport({ page: { ...PAGE, publishedAt: '2026-04-20' } }));
    expect(known!.itemReviewed.appearance.datePublished).toBe('2026-04-20');
    expect(known!.itemReviewed.firstAppearance.datePublished).toBe('2026-04-20');
  });

  it('exports a pretty JSON array that parses back to the same reviews', () => {
    const json = toClaimReviews(fixtureReport());
    expect(json).toContain('\n  {\n    "@context": "https://schema.org",');
    expect(JSON.parse(json)).toEqual(claimReviewsFor(fixtureReport()));
  });

  it('exports one script block whose page text cannot close it early', () => {
    const report = fixtureReport({
      page: { ...PAGE, title: HOSTILE },
      findings: [{ claimId: 'fixture-collagen', quote: `</script><script>alert(1)</script> & <!--`, stance: 'asserted' }],
    });
    const script = toClaimReviewScript(report);
    expect(script.startsWith('<script type="application/ld+json">\n')).toBe(true);
    expect(script.trimEnd().endsWith('</script>')).toBe(true);
    expect(script.match(/<\/script/gi)).toHaveLength(1);
    expect(script.match(/<script/gi)).toHaveLength(1);
    expect(script).not.toContain('<!--');
    const json = script.replace('<script type="application/ld+json">', '').replace('</script>', '');
    expect(JSON.parse(json)).toEqual(claimReviewsFor(report));
  });

  it('omits the appearance URL when the page is not an http(s) page', () => {
    const [review] = claimReviewsFor(fixtureReport({ page: { ...PAGE, url: 'javascript:alert(1)' } }));
    expect(review!.itemReviewed.appearance).not.toHaveProperty('url');
  });
});
