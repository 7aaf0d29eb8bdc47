// schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), the markup fact-checkers add
// to an article so search engines and other fact-checkers can read the verdicts.
import { VERDICT_LABEL } from '../claims/verdict-display';
import { safeHttpUrl } from './links';
import { BEST_RATING, VERDICT_RATING, WORST_RATING } from './rating-scale';
import type { ExportReport, ReportItem } from './report';
import { oneLine, pageTitleOrUrl } from './text';

export interface CreativeWork {
  '@type': 'CreativeWork';
  url?: string;
  datePublished?: string;
  headline: string;
}

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  claimReviewed: string;
  itemReviewed: { '@type': 'Claim'; appearance: CreativeWork; firstAppearance: CreativeWork };
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: typeof BEST_RATING;
    worstRating: typeof WORST_RATING;
    alternateName: string;
  };
  author: { '@type': 'Organization'; name: 'ClaimLens' };
  datePublished: string;
  reviewBody: string;
  /** The claims database version that gave the verdict (CreativeWork.version). */
  version: string;
}

/**
 * One review per asserted finding. A refuted finding is left out: ClaimReview says the page
 * makes the claim, and a page that raises a claim only to dispute it does not.
 */
export function claimReviewsFor(report: ExportReport): ClaimReview[] {
  const appearance = appearanceOf(report);
  return report.items
    .filter((item) => item.stance === 'asserted')
    .map((item) => claimReview(item, appearance, report.dbVersion));
}

/** A pretty JSON array, for a .json file or a CMS field that takes JSON-LD. */
export function toClaimReviews(report: ExportReport): string {
  return `${JSON.stringify(claimReviewsFor(report), null, 2)}\n`;
}

/** One `<script type="application/ld+json">` block, to paste into an article's HTML. */
export function toClaimReviewScript(report: ExportReport): string {
  // Page text such as "</script><script>…" must not close the block early: in JSON, \u003c is
  // the same string as "<", but the HTML parser never sees a tag.
  const json = JSON.stringify(claimReviewsFor(report), null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `<script type="application/ld+json">\n${json}\n</script>\n`;
}

function appearanceOf(report: ExportReport): CreativeWork {
  const url = safeHttpUrl(report.page.url);
  return {
    '@type': 'CreativeWork',
    ...(url ? { url } : {}),
    ...(report.page.publishedAt ? { datePublished: report.page.publishedAt } : {}),
    headline: pageTitleOrUrl(report.page),
  };
}

function claimReview(item: ReportItem, appearance: CreativeWork, dbVersion: string): ClaimReview {
  const { claim } = item;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: oneLine(item.quote),
    itemReviewed: { '@type': 'Claim', appearance: { ...appearance }, firstAppearance: { ...appearance } },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: VERDICT_RATING[claim.verdict],
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: VERDICT_LABEL[claim.verdict],
    },
    author: { '@type': 'Organization', name: 'ClaimLens' },
    datePublished: claim.reviewed,
    reviewBody: oneLine(claim.summary),
    version: dbVersion,
  };
}
