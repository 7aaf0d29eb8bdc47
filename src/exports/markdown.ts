// The Markdown report: for pasting into notes, drafts and CMSs that take Markdown.
import type { Source } from '../claims/types';
import { EVIDENCE_LABEL, VERDICT_LABEL } from '../claims/verdict-display';
import { TREND_PRODUCT_NAME } from '../ui/labels/trend-names';
import { safeHttpUrl } from './links';
import { escapeMarkdown, markdownLink, markdownLinkTarget } from './markdown-escape';
import { VERDICT_RATING, BEST_RATING, ratingScaleText } from './rating-scale';
import type { ExportReport, ReportItem } from './report';
import { sourceLink, sourceYear } from './sources';
import {
  judgedByLine,
  jurisdictionName,
  pageTitleOrUrl,
  readableUtc,
  stanceDescription,
  withoutFinalPeriod,
} from './text';

export function toMarkdown(report: ExportReport): string {
  const title = pageTitleOrUrl(report.page);
  const pageUrl = safeHttpUrl(report.page.url);
  const blocks = [
    `# ClaimLens report: ${escapeMarkdown(title)}`,
    [
      `**Page:** ${pageUrl ? markdownLink(title, pageUrl) : escapeMarkdown(report.page.url)}  `,
      `**Checked:** ${escapeMarkdown(readableUtc(report.page.checkedAt))}  `,
      `**Regulatory notes for:** ${jurisdictionName(report.jurisdiction)}  `,
      `**Rating scale:** ${ratingScaleText()}`,
    ].join('\n'),
    report.items.length === 0
      ? 'ClaimLens found no claims from its database on this page.'
      : report.items.map((item, index) => claimSection(item, index + 1, report)).join('\n\n'),
    '---',
    `Report generated ${escapeMarkdown(readableUtc(report.generatedAt))}.  \n${escapeMarkdown(judgedByLine(report.dbVersion))}`,
  ];
  return `${blocks.join('\n\n')}\n`;
}

function claimSection(item: ReportItem, number: number, report: ExportReport): string {
  const { claim } = item;
  const parts = [
    `## ${number}. ${escapeMarkdown(withoutFinalPeriod(claim.claim))}`,
    `> ${quoteWithContext(item)}`,
    [
      `**Verdict:** ${VERDICT_LABEL[claim.verdict]} (rating ${VERDICT_RATING[claim.verdict]} of ${BEST_RATING})  `,
      `**Evidence:** ${EVIDENCE_LABEL[claim.evidence]}  `,
      `**Stance:** ${stanceDescription(item.stance)}`,
    ].join('\n'),
    escapeMarkdown(claim.explanation),
    `**Sources**`,
    claim.sources.length === 0
      ? 'No sources listed.'
      : claim.sources.map((source, index) => `${index + 1}. ${sourceMarkdown(source)}`).join('\n'),
    `**Regulatory status, ${jurisdictionName(report.jurisdiction)}**`,
    regulatoryMarkdown(item, report),
  ];
  if (item.dispute) parts.push(disputeMarkdown(item.dispute));
  return parts.join('\n\n');
}

/** The quote in bold inside the page text around it, so the reader sees it in context. */
function quoteWithContext(item: ReportItem): string {
  const quote = `**${escapeMarkdown(item.quote)}**`;
  const before = item.prefix ? `…${escapeMarkdown(item.prefix)} ` : '';
  const after = item.suffix ? ` ${escapeMarkdown(item.suffix)}…` : '';
  return `${before}${quote}${after}`;
}

function sourceMarkdown(source: Source): string {
  const link = sourceLink(source);
  const cited = `${escapeMarkdown(withoutFinalPeriod(source.citation))} (${sourceYear(source)})`;
  return link ? `${cited}. <${markdownLinkTarget(link)}>` : `${cited}.`;
}

function regulatoryMarkdown(item: ReportItem, report: ExportReport): string {
  if (item.regulatory.length === 0) return `No regulatory note for ${jurisdictionName(report.jurisdiction)} in the database.`;
  return item.regulatory
    .map((note) => {
      const scope = note.scope === 'trend' ? ` *(applies to all ${TREND_PRODUCT_NAME[item.claim.trend]} products)*` : '';
      const sources = note.sources.map((source) => `    - ${sourceMarkdown(source)}`);
      return [`- ${escapeMarkdown(note.note)}${scope}`, ...sources].join('\n');
    })
    .join('\n');
}

function disputeMarkdown(dispute: NonNullable<ReportItem['dispute']>): string {
  const sourceUrl = safeHttpUrl(dispute.sourceUrl);
  const source = sourceUrl
    ? ` Source: <${markdownLinkTarget(sourceUrl)}>`
    : dispute.sourceUrl
      ? ` Source: ${escapeMarkdown(dispute.sourceUrl)}`
      : '';
  return `**⚠ Disputed by the reader** (${escapeMarkdown(readableUtc(dispute.at))}): ${escapeMarkdown(dispute.reason)}${source}`;
}
