// File names and types for the downloadable formats: claimlens-<host>-<yyyy-mm-dd>.<ext>,
// dated by the check so several exports of one check share a name stem.
import { hostnameOf } from './links';
import type { ExportReport } from './report';

export type ExportFormat = 'markdown' | 'html' | 'csv' | 'claim-review';

const EXTENSION: Record<ExportFormat, string> = {
  markdown: 'md',
  html: 'html',
  csv: 'csv',
  'claim-review': 'claimreview.json',
};

export const EXPORT_MIME_TYPE: Record<ExportFormat, string> = {
  markdown: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  'claim-review': 'application/ld+json;charset=utf-8',
};

export function exportFileName(report: ExportReport, format: ExportFormat): string {
  const host = (hostnameOf(report.page.url) ?? 'page')
    .replace(/^www\./, '')
    .replace(/[^a-z0-9.-]+/gi, '-')
    .replace(/^[.-]+|[.-]+$/g, '') || 'page';
  const date = /^\d{4}-\d{2}-\d{2}/.exec(report.page.checkedAt)?.[0] ?? 'undated';
  return `claimlens-${host}-${date}.${EXTENSION[format]}`;
}
