// @vitest-environment node
// Tests on the real claims database (claims-db/) plus the compiler's refusals on small
// in-memory fixtures. The real-data tests check exactly what `npm run db:build` bundles.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readClaimsDb } from '../../claims-db/build';
import { ClaimsDbError, compileClaimsDb, type ClaimsBundle, type DataFile } from '../../claims-db/compile';
import { phrasingSource } from '../../src/claims/phrasing';
import { JURISDICTIONS, REQUIRED_LANGUAGES, TOPIC_IDS, TRENDS } from '../../src/claims/vocabulary';

let cached: ClaimsBundle | undefined;
/** The compiled real database; read once (a compile error fails the first test that needs it). */
function db(): ClaimsBundle {
  cached ??= readClaimsDb();
  return cached;
}

const registryPath = fileURLToPath(new URL('../../claims-db/sources.json', import.meta.url));
const registry = JSON.parse(readFileSync(registryPath, 'utf8')) as Record<string, unknown>;

/** Today as YYYY-MM-DD in UTC, plus one day of slack for reviewers east of UTC. */
function latestAllowedDate(): string {
  return new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

describe('claims-db: the real database', () => {
  it('compiles', () => {
    expect(() => db()).not.toThrow();
    expect(db().claims.length).toBeGreaterThan(0);
  });

  it('every claim cites at least one source, and every cited id resolves', () => {
    for (const claim of db().claims) {
      expect(claim.sources.length, claim.id).toBeGreaterThan(0);
      for (const source of claim.sources) expect(registry, `${claim.id} cites ${source.id}`).toHaveProperty(source.id);
    }
  });

  it('every claim and trend has a real review date that is not in the future', () => {
    const latest = latestAllowedDate();
    const dated = [
      ...db().claims.map((claim) => ({ what: claim.id, reviewed: claim.reviewed })),
      ...db().trends.map((trend) => ({ what: `trend ${trend.trend}`, reviewed: trend.reviewed })),
    ];
    for (const { what, reviewed } of dated) {
      expect(reviewed, what).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(reviewed)), `${what}: ${reviewed}`).toBe(false);
      expect(reviewed <= latest, `${what} is reviewed in the future (${reviewed})`).toBe(true);
    }
  });

  it('every topic has an exosomes claim', () => {
    const covered = new Set(db().claims.filter((c) => c.trend === 'exosomes').map((c) => c.topic));
    expect(TOPIC_IDS.filter((topic) => !covered.has(topic))).toEqual([]);
  });

  it('every topic has a general exosomes-<topic> claim', () => {
    const ids = new Set(db().claims.map((c) => c.id));
    expect(TOPIC_IDS.filter((topic) => !ids.has(`exosomes-${topic}`))).toEqual([]);
    for (const topic of TOPIC_IDS) {
      expect(db().claims.find((c) => c.id === `exosomes-${topic}`)?.topic).toBe(topic);
    }
  });

  it('exosomes-* files are exosomes claims and vice versa', () => {
    for (const claim of db().claims) {
      expect(claim.id.startsWith('exosomes-'), claim.id).toBe(claim.trend === 'exosomes');
    }
  });

  it('every trend has at least one claim', () => {
    const withClaims = new Set(db().claims.map((c) => c.trend));
    expect(TRENDS.filter((trend) => !withClaims.has(trend))).toEqual([]);
  });

  it('every phrasing, denial and trend trigger compiles to a regular expression', () => {
    const check = (where: string, phrasing: string) => {
      let source = '';
      expect(() => (source = phrasingSource(phrasing)), `${where}: "${phrasing}"`).not.toThrow();
      expect(() => new RegExp(source, 'u'), `${where}: "${phrasing}"`).not.toThrow();
    };
    for (const claim of db().claims) {
      for (const field of ['phrasings', 'denials'] as const) {
        for (const [language, list] of Object.entries(claim[field])) {
          for (const phrasing of list ?? []) check(`${claim.id}.${field}.${language}`, phrasing);
        }
      }
    }
    for (const trend of db().trends) {
      for (const [language, list] of Object.entries(trend.triggers)) {
        for (const phrasing of list ?? []) check(`${trend.trend}.triggers.${language}`, phrasing);
      }
    }
  });

  it('bundled claims have phrasings in every required language', () => {
    for (const claim of db().claims) {
      for (const language of REQUIRED_LANGUAGES) {
        expect(claim.phrasings[language]?.length ?? 0, `${claim.id} ${language}`).toBeGreaterThan(0);
      }
    }
  });

  it('no exosomes phrasing names the ingredient itself (the trend triggers do that)', () => {
    const ingredient = /exosom|엑소좀|エクソソーム|外泌体|eksosom/iu;
    for (const claim of db().claims.filter((c) => c.trend === 'exosomes')) {
      for (const list of Object.values(claim.phrasings)) {
        for (const phrasing of list ?? []) expect(ingredient.test(phrasing), `${claim.id}: "${phrasing}"`).toBe(false);
      }
    }
  });

  it('the exosomes trend has a regulatory note for every jurisdiction', () => {
    const exosomes = db().trends.find((trend) => trend.trend === 'exosomes');
    const covered = new Set(exosomes?.regulatory.map((note) => note.jurisdiction));
    expect(JURISDICTIONS.filter((j) => !covered.has(j))).toEqual([]);
  });

  it('sources.json is keyed by evidence-brief ids', () => {
    for (const id of Object.keys(registry)) expect(id).toMatch(/^[RSNGCPT]\d{1,2}$/);
  });

  it('every source in sources.json is cited by a claim or a trend', () => {
    const cited = new Set<string>();
    for (const claim of db().claims) for (const source of claim.sources) cited.add(source.id);
    for (const trend of db().trends) for (const source of trend.sources) cited.add(source.id);
    expect(Object.keys(registry).filter((id) => !cited.has(id))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Refusals, on fixtures written for these tests.

function fixtureClaim(overrides: Record<string, unknown> = {}) {
  return {
    id: 'fixture-claim',
    topic: 'collagen-elastin',
    trend: 'exosomes',
    claim: 'A serum boosts collagen.',
    phrasings: { en: ['boost* collagen'], ko: ['콜라겐 생성'], es: ['estimula* ... colageno'], ja: ['コラーゲン生成'] },
    evidence: 'limited',
    verdict: 'overstated',
    summary: 'Limited evidence.',
    explanation: 'A made-up explanation for a test fixture.',
    sources: ['X1'],
    reviewed: '2026-01-15',
    ...overrides,
  };
}

function fixtureInput(claims: DataFile[]) {
  return {
    sources: {
      path: 'sources.json',
      content: { X1: { citation: 'A fixture source written for the tests.', year: 2024, kind: 'review' } },
    },
    trends: TRENDS.map((trend) => ({
      path: `trends/${trend}.json`,
      content: { trend, name: `Fixture ${trend}`, triggers: { en: [trend] }, regulatory: [], reviewed: '2026-01-15' },
    })),
    claims,
  };
}

const claimFile = (content: unknown, path = 'claims/fixture-claim.json'): DataFile => ({ path, content });

/** The problems compileClaimsDb reports for the input (fails the test if it compiles). */
function problemsOf(claims: DataFile[]): string[] {
  try {
    compileClaimsDb(fixtureInput(claims));
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimsDbError);
    return (error as ClaimsDbError).problems;
  }
  throw new Error('expected compileClaimsDb to refuse the input');
}

describe('claims-db: the compiler refuses bad data and says where', () => {
  it('accepts the valid fixture (so the refusals below are about the one change)', () => {
    const bundle = compileClaimsDb(fixtureInput([claimFile(fixtureClaim())]));
    expect(bundle.claims.map((c) => c.id)).toEqual(['fixture-claim']);
    expect(bundle.claims[0]!.sources[0]!.id).toBe('X1');
  });

  it('refuses a claim with no sources', () => {
    expect(problemsOf([claimFile(fixtureClaim({ sources: [] }))])).toEqual([
      'claims/fixture-claim.json.sources: must cite at least one source',
    ]);
  });

  it('refuses a claim with an unknown topic', () => {
    const problems = problemsOf([claimFile(fixtureClaim({ topic: 'miracle-cure' }))]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^claims\/fixture-claim\.json\.topic: /);
  });

  it('refuses a claim citing a source id that is not in sources.json', () => {
    const problems = problemsOf([claimFile(fixtureClaim({ sources: ['X1', 'Z9'] }))]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^claims\/fixture-claim\.json/);
    expect(problems[0]).toContain('unknown source "Z9"');
  });

  it('refuses two claims with the same id', () => {
    const problems = problemsOf([
      claimFile(fixtureClaim()),
      claimFile(fixtureClaim({ claim: 'The same id again.' }), 'claims/copy/fixture-claim.json'),
    ]);
    expect(problems).toEqual(['claims/copy/fixture-claim.json: duplicate claim id "fixture-claim"']);
  });

  it('refuses a review date that is not a real date', () => {
    expect(problemsOf([claimFile(fixtureClaim({ reviewed: '2026-13-45' }))])).toEqual([
      'claims/fixture-claim.json.reviewed: is not a real date',
    ]);
  });

  it('refuses a review date in another format', () => {
    expect(problemsOf([claimFile(fixtureClaim({ reviewed: '15/01/2026' }))])).toContain(
      'claims/fixture-claim.json.reviewed: must be a date written YYYY-MM-DD',
    );
  });

  it('refuses a claim missing a required phrasing language', () => {
    const problems = problemsOf([claimFile(fixtureClaim({ phrasings: { en: ['boost* collagen'] } }))]);
    expect(problems).toEqual(
      ['ko', 'es', 'ja'].map((language) => expect.stringMatching(new RegExp(`^claims/fixture-claim\\.json\\.phrasings\\.${language}: `))),
    );
  });

  it('refuses an invalid phrasing and names its position', () => {
    const problems = problemsOf([
      claimFile(fixtureClaim({ phrasings: { ...fixtureClaim().phrasings, en: ['boost* collagen', 'mir*acle'] } })),
    ]);
    expect(problems).toEqual(['claims/fixture-claim.json.phrasings.en.1: "mir*acle": * may only end a word']);
  });

  it('refuses a regulatory note citing a source the claim does not cite', () => {
    const regulatory = [{ jurisdiction: 'US', note: 'A fixture note.', sourceIds: ['Y2'] }];
    const problems = problemsOf([claimFile(fixtureClaim({ regulatory }))]);
    expect(problems).toEqual([
      `claims/fixture-claim.json.regulatory.0.sourceIds: cites "Y2", which is not among the claim's sources`,
    ]);
  });

  it('refuses a claim file named differently from its id', () => {
    expect(problemsOf([claimFile(fixtureClaim(), 'claims/another-name.json')])).toEqual([
      'claims/another-name.json: file must be named fixture-claim.json',
    ]);
  });
});
