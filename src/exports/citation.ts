// "Copy citation": one plain-text paragraph a journalist can paste into a draft, with the
// verdict, why, and the first sources to check it against.
import { EVIDENCE_LABEL, VERDICT_LABEL } from '../claims/verdict-display';
import type { ReportItem } from './report';
import { sourcePlainText } from './sources';
import { oneLine, withFinalPeriod, withoutFinalPeriod } from './text';

const CITED_SOURCES = 2;

export function citationFor(item: Pick<ReportItem, 'quote' | 'stance' | 'claim'>, dbVersion: string): string {
  const { claim } = item;
  const verdict = VERDICT_LABEL[claim.verdict];
  const evidence = lowerFirst(EVIDENCE_LABEL[claim.evidence]);
  // A refuted quote denies the claim; citing it as "the claim that …" would turn it around.
  const subject =
    item.stance === 'refuted'
      ? `The claim "${withoutFinalPeriod(claim.claim)}", which the quoted text ("${oneLine(item.quote)}") raises only to dispute it,`
      : `The claim that "${oneLine(item.quote)}"`;
  const sources = claim.sources.slice(0, CITED_SOURCES).map(sourcePlainText);
  const sentences = [
    `${subject} is rated ${verdict} by ClaimLens (evidence: ${evidence}).`,
    withFinalPeriod(claim.summary),
    sources.length > 0 ? `Sources: ${sources.join('; ')}.` : '',
    `(ClaimLens claims database ${dbVersion}, reviewed ${claim.reviewed}.)`,
  ];
  return sentences.filter((sentence) => sentence !== '').join(' ');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
