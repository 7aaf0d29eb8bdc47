// Test data written for these tests.
import type { LoggedFinding, ResearchLogEntry } from '../../../src/research-log/types';

export function logged(overrides: Partial<LoggedFinding> = {}): LoggedFinding {
  return {
    claimId: 'lash',
    topic: 'hair-growth',
    trend: 'exosomes',
    evidence: 'none',
    verdict: 'unproven',
    stance: 'asserted',
    confidence: 'high',
    quote: 'This serum regrows lashes.',
    prefix: 'New in store. ',
    suffix: ' Buy two, save more.',
    ...overrides,
  };
}

export function entry(overrides: Partial<ResearchLogEntry> = {}): ResearchLogEntry {
  return {
    id: 'e1',
    url: 'https://shop.example/serum',
    title: 'Serum shop',
    hostname: 'shop.example',
    firstSeen: new Date(2026, 0, 10, 9, 0).getTime(),
    lastUpdated: new Date(2026, 0, 10, 9, 30).getTime(),
    dbVersion: 'test-db',
    findings: [logged()],
    ...overrides,
  };
}
