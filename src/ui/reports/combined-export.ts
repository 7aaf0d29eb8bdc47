// One download for several research-log entries. The formats in src/exports render one page
// each; this only puts their outputs together, never formats anything itself:
//   Markdown — the reports one after another (each a complete section with its own heading);
//   CSV — one header, then every report's rows;
//   ClaimReview — one JSON array of every report's reviews;
//   HTML — one document: the first report's, with the others' <main> content appended.
// (A multi-page renderer in src/exports would make the HTML splice unnecessary.)
import {
  claimReviewsFor,
  EXPORT_MIME_TYPE,
  exportFile,
  exportFileName,
  toCsv,
  toHtml,
  toMarkdown,
  type ExportFile,
  type ExportFormat,
  type ExportReport,
} from '../../exports';

/** Joins Markdown reports with a rule between pages. */
const MARKDOWN_SEPARATOR = '\n---\n\n';

export function combinedExportFile(reports: readonly ExportReport[], format: ExportFormat): ExportFile {
  const [first] = reports;
  if (!first) throw new Error('Select at least one page to export.');
  if (reports.length === 1) return exportFile(first, format);
  return {
    // The exporters' own naming, with "research-log" in place of the page's site.
    fileName: exportFileName({ ...first, page: { ...first.page, url: 'https://research-log/', checkedAt: first.generatedAt } }, format),
    mimeType: EXPORT_MIME_TYPE[format],
    content: COMBINE[format](reports),
  };
}

const COMBINE: Record<ExportFormat, (reports: readonly ExportReport[]) => string> = {
  markdown: (reports) => reports.map(toMarkdown).join(MARKDOWN_SEPARATOR),
  csv: combineCsv,
  'claim-review': (reports) => `${JSON.stringify(reports.flatMap(claimReviewsFor), null, 2)}\n`,
  html: combineHtml,
};

function combineCsv(reports: readonly ExportReport[]): string {
  // What toCsv writes before any row (byte-order mark and header line): the report with no items.
  const preamble = toCsv({ ...reports[0]!, items: [] });
  return reports
    .map(toCsv)
    .map((csv, index) => (index === 0 ? csv : withoutPrefix(csv, preamble)))
    .join('');
}

const MAIN_OPEN = '<main>';
const MAIN_CLOSE = '</main>';

function combineHtml(reports: readonly ExportReport[]): string {
  const documents = reports.map(toHtml);
  const pages = documents.map(mainContent);
  const first = documents[0]!;
  const close = first.lastIndexOf(MAIN_CLOSE);
  const more = pages.slice(1).map((page) => `<hr>\n${page}`).join('\n');
  const combined = `${first.slice(0, close)}${more}\n${first.slice(close)}`;
  // The first page's title would misname a file of several pages (the text is fixed: no escaping).
  return combined.replace(/<title>[^<]*<\/title>/, `<title>ClaimLens research log: ${reports.length} pages</title>`);
}

/** The report's body. Page and user text is escaped by toHtml, so the first <main> and the last
 *  </main> are the document's own. */
function mainContent(document: string): string {
  const open = document.indexOf(MAIN_OPEN);
  const close = document.lastIndexOf(MAIN_CLOSE);
  if (open < 0 || close < open) throw new Error('The HTML report has no <main> element to combine.');
  return document.slice(open + MAIN_OPEN.length, close).trim();
}

function withoutPrefix(text: string, prefix: string): string {
  if (!text.startsWith(prefix)) throw new Error('The CSV reports do not share a header.');
  return text.slice(prefix.length);
}
