// The findings as a spreadsheet: one row per claim found, for sorting, filtering and counting.
import { EVIDENCE_LABEL, VERDICT_LABEL } from '../claims/verdict-display';
import { TOPIC_NAME } from '../ui/labels/topic-names';
import { TREND_SHORT_NAME } from '../ui/labels/trend-names';
import { csvRow } from './csv-cell';
import type { ExportReport, ReportItem } from './report';
import { sourcePlainText } from './sources';
import { oneLine, stanceDescription } from './text';

export const CSV_HEADER: readonly string[] = [
  'Page URL',
  'Page title',
  'Checked at',
  'Quote',
  'Claim ID',
  'Claim',
  'Topic',
  'Trend',
  'Verdict',
  'Evidence',
  'Stance',
  'Top source',
  'Disputed',
  'Dispute reason',
  'Database version',
];

/** Excel reads a CSV without a byte-order mark as the local code page and garbles non-Latin text. */
const UTF8_BOM = '\uFEFF';
const CRLF = '\r\n';

export function toCsv(report: ExportReport): string {
  const rows = [CSV_HEADER, ...report.items.map((item) => itemRow(item, report))];
  return UTF8_BOM + rows.map(csvRow).join(CRLF) + CRLF;
}

function itemRow(item: ReportItem, report: ExportReport): string[] {
  const { claim } = item;
  const topSource = claim.sources[0];
  return [
    report.page.url,
    oneLine(report.page.title),
    report.page.checkedAt,
    oneLine(item.quote),
    claim.id,
    oneLine(claim.claim),
    TOPIC_NAME[claim.topic],
    TREND_SHORT_NAME[claim.trend],
    VERDICT_LABEL[claim.verdict],
    EVIDENCE_LABEL[claim.evidence],
    stanceDescription(item.stance),
    topSource ? sourcePlainText(topSource) : '',
    item.dispute ? 'yes' : 'no',
    item.dispute?.reason ?? '',
    report.dbVersion,
  ];
}
