// `--json` output: one object per checked document on its own line. The keys and their order are
// a public contract (scripts and CI parse it), so each is copied by hand rather than spreading
// the engine's Finding, which may grow fields.
import type { Finding } from '../claims/types';

export function formatJsonLine(file: string, findings: readonly Finding[]): string {
  const record = {
    file,
    findings: findings.map((finding) => ({
      claimId: finding.claimId,
      topic: finding.topic,
      trend: finding.trend,
      evidence: finding.evidence,
      verdict: finding.verdict,
      stance: finding.stance,
      quote: finding.quote,
      start: finding.start,
      end: finding.end,
    })),
  };
  return `${JSON.stringify(record).replace(/[\u2028\u2029]/g, escapeCodeUnit)}\n`;
}

/** JSON allows raw U+2028/U+2029, but line splitters such as Python's splitlines() break on them. */
function escapeCodeUnit(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
