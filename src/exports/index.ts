// Citation-ready exports of a page's findings for journalists. Pure functions: no DOM, no
// browser APIs; the caller saves or copies the strings.
import { toClaimReviews } from './claim-review';
import { toCsv } from './csv';
import { EXPORT_MIME_TYPE, exportFileName, type ExportFormat } from './file-name';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import type { ExportReport } from './report';

export { buildReport, type DisputeForReport, type FindingForReport, type ReportInput, type Timestamp } from './build-report';
export { citationFor } from './citation';
export { claimReviewsFor, toClaimReviews, toClaimReviewScript, type ClaimReview } from './claim-review';
export { toCsv } from './csv';
export { EXPORT_MIME_TYPE, exportFileName, type ExportFormat } from './file-name';
export { toHtml } from './html';
export { toMarkdown } from './markdown';
export { VERDICT_RATING, BEST_RATING, WORST_RATING, ratingScaleText } from './rating-scale';
export type { Dispute, ExportReport, ReportItem, ReportPage } from './report';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

const RENDER: Record<ExportFormat, (report: ExportReport) => string> = {
  markdown: toMarkdown,
  html: toHtml,
  csv: toCsv,
  'claim-review': toClaimReviews,
};

/** Everything a "Download" button needs for one format. */
export function exportFile(report: ExportReport, format: ExportFormat): ExportFile {
  return { fileName: exportFileName(report, format), mimeType: EXPORT_MIME_TYPE[format], content: RENDER[format](report) };
}
