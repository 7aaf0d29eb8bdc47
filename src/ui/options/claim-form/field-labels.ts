// Field paths ("sources.1.year") in the words the form uses ("Source 2, year"), for the error
// summary: contributors should not need to know the claim's JSON shape.
import { LANGUAGE_NAME } from '../../labels/language-names';

const FIELD_NAME: Record<string, string> = {
  id: 'Id',
  topic: 'Topic',
  trend: 'Trend',
  claim: 'Claim',
  phrasings: 'Phrasings',
  denials: 'Denials',
  hashtags: 'Hashtags',
  evidence: 'Evidence',
  verdict: 'Verdict',
  summary: 'Summary',
  explanation: 'Explanation',
  sources: 'Sources',
  regulatory: 'Regulatory notes',
  safety: 'Safety notes',
  reviewed: 'Reviewed on',
  citation: 'citation',
  year: 'year',
  kind: 'kind',
  doi: 'DOI',
  url: 'web address',
  jurisdiction: 'region',
  note: 'note',
  sourceIds: 'backed by',
};

export function fieldLabel(path: string): string {
  const [field = '', second, third] = path.split('.');
  const name = FIELD_NAME[field] ?? field;
  if ((field === 'phrasings' || field === 'denials') && second) {
    const language = (LANGUAGE_NAME as Record<string, string>)[second] ?? second;
    return `${name} (${language})${third !== undefined ? `, line ${Number(third) + 1}` : ''}`;
  }
  if ((field === 'sources' || field === 'regulatory') && second !== undefined && /^\d+$/.test(second)) {
    const item = field === 'sources' ? 'Source' : 'Regulatory note';
    return `${item} ${Number(second) + 1}${third ? `, ${FIELD_NAME[third] ?? third}` : ''}`;
  }
  if ((field === 'hashtags' || field === 'safety') && second !== undefined) return `${name}, line ${Number(second) + 1}`;
  return name;
}
