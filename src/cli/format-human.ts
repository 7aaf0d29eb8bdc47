// Default output, for a person: per document a header with its finding count, then per finding
// what was claimed, how it is judged, and where to read more.
import type { Claim, Finding, Source } from '../claims/types';
import { EVIDENCE_LABEL, VERDICT_COLOR, VERDICT_LABEL } from '../claims/verdict-display';
import type { TerminalStyle } from './terminal-style';

export function formatHumanDocument(
  file: string,
  findings: readonly Finding[],
  claimsById: ReadonlyMap<string, Claim>,
  style: TerminalStyle,
): string {
  const header = style.bold(`${file}: ${countFindings(findings.length)}`);
  const blocks = findings.map((finding, index) => formatFinding(finding, index + 1, claimsById.get(finding.claimId), style));
  return [header, ...blocks].join('\n\n') + '\n\n';
}

function formatFinding(finding: Finding, number: number, claim: Claim | undefined, style: TerminalStyle): string {
  const verdict = style.bold(style.color(VERDICT_LABEL[finding.verdict], VERDICT_COLOR[finding.verdict]));
  const stance = finding.stance === 'refuted' ? 'refuted (raised to dispute it)' : 'asserted';
  const lines = [
    `  ${number}. ${verdict} · ${EVIDENCE_LABEL[finding.evidence]}`,
    `     topic: ${finding.topic} · trend: ${finding.trend} · stance: ${stance}`,
    `     "${oneLine(finding.quote)}"`,
  ];
  if (claim) lines.push(`     In short: ${claim.summary}`);
  lines.push(style.dim(`     Source: ${describeSource(claim?.sources[0])}`));
  return lines.join('\n');
}

function describeSource(source: Source | undefined): string {
  if (!source) return 'none listed';
  const link = source.doi ? `https://doi.org/${source.doi}` : source.url;
  return link ? `${source.citation} ${link}` : source.citation;
}

export function countFindings(count: number): string {
  if (count === 0) return 'no findings';
  return count === 1 ? '1 finding' : `${count} findings`;
}

/** A quote can span lines of the source; shown on one line so the layout holds. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
