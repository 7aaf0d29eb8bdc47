// Reports for the export formats (src/exports), from the side panel's current page or from
// research-log entries.
import { disputesOnPage } from '../../disputes/dispute-marks';
import { buildReport, type ExportReport, type FindingForReport } from '../../exports';
import type { TabFindings } from '../../messaging/protocol';
import type { ResearchLogEntry } from '../../research-log/types';
import type { ReportContext } from './report-context';

interface CheckedPage {
  url: string;
  title: string;
  checkedAt: number;
  findings: readonly FindingForReport[];
}

export function reportForPage(page: CheckedPage, context: ReportContext, now: Date): ExportReport {
  return buildReport({
    page: { url: page.url, title: page.title, checkedAt: page.checkedAt },
    findings: page.findings,
    claims: context.catalog.byId,
    trends: context.catalog.trends,
    disputes: disputesOnPage(context.disputes, page.url),
    jurisdiction: context.jurisdiction,
    dbVersion: context.dbVersion,
    generatedAt: now,
  });
}

/** The tab's findings in the order the page reported them. */
export function reportForTab(tab: TabFindings, context: ReportContext, now: Date): ExportReport {
  return reportForPage({ url: tab.url, title: tab.title, checkedAt: tab.updatedAt, findings: tab.findings }, context, now);
}

export function reportForLogEntry(entry: ResearchLogEntry, context: ReportContext, now: Date): ExportReport {
  return reportForPage(
    { url: entry.url, title: entry.title, checkedAt: entry.lastUpdated, findings: entry.findings },
    context,
    now,
  );
}
