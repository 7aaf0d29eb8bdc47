// The standalone HTML report: one file, no scripts, no remote resources, readable and printable.
import type { Source } from '../claims/types';
import { EVIDENCE_LABEL, VERDICT_COLOR, VERDICT_LABEL } from '../claims/verdict-display';
import { TREND_PRODUCT_NAME } from '../ui/labels/trend-names';
import { escapeHtml, htmlLink } from './html-escape';
import { REPORT_CSS } from './html-style';
import { safeHttpUrl } from './links';
import { BEST_RATING, VERDICT_RATING, ratingScaleText } from './rating-scale';
import type { Dispute, ExportReport, ReportItem } from './report';
import { sourceLink, sourceYear } from './sources';
import {
  judgedByLine,
  jurisdictionName,
  oneLine,
  pageTitleOrUrl,
  readableUtc,
  stanceDescription,
  withoutFinalPeriod,
} from './text';

/** Even if an escape were ever missed, the browser would run no script and load nothing. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function toHtml(report: ExportReport): string {
  const title = pageTitleOrUrl(report.page);
  const pageUrl = safeHttpUrl(report.page.url);
  const pageLink = pageUrl
    ? `<a class="print-url" href="${escapeHtml(pageUrl)}" rel="noopener noreferrer">${escapeHtml(title)}</a>`
    : escapeHtml(title);
  const claims =
    report.items.length === 0
      ? '<p>ClaimLens found no claims from its database on this page.</p>'
      : report.items.map((item, index) => claimSection(item, index + 1, report)).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ClaimLens report: ${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<header>
<h1>ClaimLens report: ${escapeHtml(title)}</h1>
<dl class="meta">
<dt>Page:</dt><dd>${pageLink}${pageUrl ? '' : ` <span>(${escapeHtml(report.page.url)})</span>`}</dd>
<dt>Checked:</dt><dd><time datetime="${escapeHtml(report.page.checkedAt)}">${escapeHtml(readableUtc(report.page.checkedAt))}</time></dd>
<dt>Regulatory notes for:</dt><dd>${escapeHtml(jurisdictionName(report.jurisdiction))}</dd>
<dt>Rating scale:</dt><dd>${escapeHtml(ratingScaleText())}</dd>
</dl>
</header>
${claims}
<footer>
<p>Report generated <time datetime="${escapeHtml(report.generatedAt)}">${escapeHtml(readableUtc(report.generatedAt))}</time>.</p>
<p>${escapeHtml(judgedByLine(report.dbVersion))}</p>
</footer>
</main>
</body>
</html>
`;
}

function claimSection(item: ReportItem, number: number, report: ExportReport): string {
  const { claim } = item;
  const rating = `rating ${VERDICT_RATING[claim.verdict]} of ${BEST_RATING}`;
  return `<section class="claim">
<h2>${number}. ${escapeHtml(withoutFinalPeriod(claim.claim))}</h2>
<blockquote>${quoteWithContext(item)}</blockquote>
<p class="verdict"><span class="chip" style="border-color:${VERDICT_COLOR[claim.verdict]}">${escapeHtml(VERDICT_LABEL[claim.verdict])}</span> (${rating}) · ${escapeHtml(EVIDENCE_LABEL[claim.evidence])} · <span class="stance">${escapeHtml(stanceDescription(item.stance))}</span></p>
<p>${escapeHtml(oneLine(claim.explanation))}</p>
<h3>Sources</h3>
${claim.sources.length === 0 ? '<p>No sources listed.</p>' : `<ol>\n${claim.sources.map((source) => `<li>${sourceHtml(source)}</li>`).join('\n')}\n</ol>`}
<h3>Regulatory status, ${escapeHtml(jurisdictionName(report.jurisdiction))}</h3>
${regulatoryHtml(item, report)}${item.dispute ? `\n${disputeHtml(item.dispute)}` : ''}
</section>`;
}

function quoteWithContext(item: ReportItem): string {
  const before = item.prefix ? `<span class="context">…${escapeHtml(oneLine(item.prefix))} </span>` : '';
  const after = item.suffix ? `<span class="context"> ${escapeHtml(oneLine(item.suffix))}…</span>` : '';
  return `${before}<mark>${escapeHtml(oneLine(item.quote))}</mark>${after}`;
}

function sourceHtml(source: Source): string {
  const link = sourceLink(source);
  const cited = `${escapeHtml(withoutFinalPeriod(source.citation))} (${escapeHtml(sourceYear(source))}).`;
  return link ? `${cited} ${htmlLink(link, link)}` : cited;
}

function regulatoryHtml(item: ReportItem, report: ExportReport): string {
  if (item.regulatory.length === 0) {
    return `<p>No regulatory note for ${escapeHtml(jurisdictionName(report.jurisdiction))} in the database.</p>`;
  }
  const notes = item.regulatory.map((note) => {
    const scope =
      note.scope === 'trend'
        ? ` <span class="scope">(applies to all ${escapeHtml(TREND_PRODUCT_NAME[item.claim.trend])} products)</span>`
        : '';
    const sources =
      note.sources.length === 0
        ? ''
        : `\n<ul class="note-sources">${note.sources.map((source) => `<li>${sourceHtml(source)}</li>`).join('')}</ul>`;
    return `<li>${escapeHtml(oneLine(note.note))}${scope}${sources}</li>`;
  });
  return `<ul>\n${notes.join('\n')}\n</ul>`;
}

function disputeHtml(dispute: Dispute): string {
  const source = dispute.sourceUrl ? ` Source: ${htmlLink(dispute.sourceUrl, dispute.sourceUrl)}` : '';
  return `<p class="dispute"><strong>⚠ Disputed by the reader</strong> (${escapeHtml(readableUtc(dispute.at))}): ${escapeHtml(oneLine(dispute.reason))}${source}</p>`;
}
