// Runs one scan in a process of its own, for tests that must survive a scan that never ends:
//   node --import tsx scan-once.ts '<json: { phrasing, text }>'
// Prints the number of findings of the user claim written with `phrasing`, as JSON.
import { bundledDb } from '../../../../src/claims/bundled';
import { createEngine } from '../../../../src/claims/engine';
import type { Claim } from '../../../../src/claims/types';

const { phrasing, text } = JSON.parse(process.argv[2] ?? '{}') as { phrasing: string; text: string };
const claim: Claim = {
  id: 'scan-once-user-claim',
  topic: 'skin-regeneration',
  trend: 'exosomes',
  claim: 'A user claim',
  phrasings: { en: [phrasing] },
  denials: {},
  hashtags: [],
  evidence: 'none',
  verdict: 'unproven',
  summary: 'A user claim.',
  explanation: 'A user claim written for a test.',
  sources: [{ id: 'U1', citation: 'Test note', year: 2026, kind: 'commentary' }],
  regulatory: [],
  safety: [],
  reviewed: '2026-01-01',
  origin: 'user',
};
const engine = createEngine({ claims: [...bundledDb.claims, claim], trends: bundledDb.trends });
const findings = engine.scan(text, { pageTrend: 'exosomes' }).filter((finding) => finding.claimId === claim.id);
process.stdout.write(JSON.stringify({ findings: findings.length }));
