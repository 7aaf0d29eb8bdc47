import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/claims/engine';
import { testClaim, testClaims, testTrends } from './fixture-claims';

const engine = createEngine({ claims: testClaims, trends: testTrends });
const topics = (text: string) => engine.scan(text).map((finding) => `${finding.topic}:${finding.stance}`);

describe('engine: what counts as a claim', () => {
  it('finds a claim about a trend ingredient and quotes its sentence with exact offsets', () => {
    const text = 'Meet our new serum. Our exosome serum boosts collagen in four weeks! Shop now.';
    const [finding, ...rest] = engine.scan(text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ claimId: 'exo-collagen', topic: 'collagen-elastin', stance: 'asserted', confidence: 'high' });
    expect(finding!.quote).toBe('Our exosome serum boosts collagen in four weeks!');
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.quote);
  });

  it('ignores the same claim about an ingredient that is not a trend', () => {
    expect(engine.scan('Retinol boosts collagen in four weeks.')).toEqual([]);
  });

  it('costs nothing on text with no trend ingredient, however claim-like', () => {
    expect(engine.scan('Revolutionary, FDA approved, no side effects, boosts collagen.')).toEqual([]);
  });

  it('attributes a claim in the next sentence to the ingredient named before it', () => {
    const findings = engine.scan('This is an exosome facial. It boosts collagen and has no downtime.');
    expect(findings.map((f) => f.topic).sort()).toEqual(['collagen-elastin', 'safety']);
    expect(findings.every((f) => f.confidence === 'high')).toBe(true);
  });

  it('gives low confidence to a claim several sentences away from the ingredient', () => {
    const findings = engine.scan('We love exosomes. The clinic is bright. The staff are kind. It boosts collagen.');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.confidence).toBe('low');
  });

  it('does not attribute a claim to a trend when its sentence is about another ingredient', () => {
    expect(engine.scan('Our exosome line is new. Our retinol cream boosts collagen.')).toEqual([]);
  });

  it('keeps comparisons with other ingredients as claims about the trend', () => {
    expect(topics('Exosomes work better than Botox and retinol.')).toEqual(['superiority:asserted']);
  });

  it('picks the claim of the trend actually named', () => {
    const [finding] = engine.scan('PDRN injections stimulate your collagen.');
    expect(finding).toMatchObject({ claimId: 'pdrn-collagen', trend: 'pdrn-polynucleotides' });
  });
});

describe('engine: stance', () => {
  it('marks a claim raised to be denied as refuted', () => {
    expect(topics('There are no FDA-approved exosome products.')).toEqual(['regulatory-status:refuted']);
    expect(topics('These exosome vials are unapproved drugs.')).toEqual(['regulatory-status:refuted']);
  });

  it('marks disputed efficacy as refuted', () => {
    expect(topics('There is no evidence that exosome creams boost collagen.')).toEqual(['collagen-elastin:refuted']);
  });

  it('keeps hedged claims asserted', () => {
    expect(topics('Exosomes may boost collagen, according to the brand.')).toEqual(['collagen-elastin:asserted']);
  });

  it('does not read the negation inside a claim as a dispute', () => {
    expect(topics('An exosome facial with no downtime.')).toEqual(['safety:asserted']);
  });
});

describe('engine: text it must leave alone', () => {
  it('skips scientific writing about exosome biology', () => {
    const abstract =
      'Exosomes derived from tumour cells carry miRNA cargo to recipient cells in vitro. ' +
      'We isolated them by ultracentrifugation and found they stimulate collagen production in fibroblasts (p < 0.05).';
    expect(engine.scan(abstract)).toEqual([]);
  });

  it('skips the RNA exosome, a different thing with the same name', () => {
    expect(engine.scan('The RNA exosome complex degrades transcripts; it is completely safe to study.')).toEqual([]);
  });

  it('never throws on odd input', () => {
    for (const input of ['', ' ', '\u0000', 'exosome', 'exosome'.repeat(1000), '🧴'.repeat(500) + 'exosome boosts collagen', '\uD800exosome']) {
      expect(() => engine.scan(input)).not.toThrow();
    }
  });
});

describe('engine: languages, spelling and hashtags', () => {
  it('matches Korean, Japanese and Spanish wordings', () => {
    expect(topics('엑소좀 앰플로 콜라겐 생성을 도와줍니다.')).toEqual(['collagen-elastin:asserted']);
    expect(topics('エクソソーム美容液がコラーゲンを増やします。')).toEqual(['collagen-elastin:asserted']);
    expect(topics('Los exosomas estimulan el colágeno de tu piel.')).toEqual(['collagen-elastin:asserted']);
  });

  it('is case- and accent-insensitive', () => {
    expect(topics('EXOSOME SERUM BOOSTS COLLAGEN')).toEqual(['collagen-elastin:asserted']);
    expect(topics('Los EXOSOMAS y el COLÁGENO: estimulan tu colágeno.')).toEqual(['collagen-elastin:asserted']);
  });

  it('reads hashtags', () => {
    expect(topics('Loving my glow ✨ #exosomes #collagenboost')).toEqual(['collagen-elastin:asserted']);
  });

  it('finds a claim in mixed-language text', () => {
    const findings = engine.scan('New in Seoul: 엑소좀 facial. It boosts collagen, 콜라겐 생성 효과!');
    expect(findings.map((f) => f.topic)).toEqual(['collagen-elastin']);
  });
});

describe('engine: user claims', () => {
  it('matches a claim added later with its own wording', () => {
    const custom = testClaim('user-glass-skin', 'texture-hydration', { en: ['glass skin'] }, { origin: 'user' });
    const withUser = createEngine({ claims: [...testClaims, custom], trends: testTrends });
    expect(withUser.scan('Exosome toner for glass skin.').map((f) => f.claimId)).toEqual(['user-glass-skin']);
  });
});

describe('engine: misspelt trend names', () => {
  it('recognises a misspelt trend name', () => {
    expect(topics('Our exsome serum boosts collagen.')).toEqual(['collagen-elastin:asserted']);
    expect(topics('Polynuecleotide shots boost collagen.')).toEqual(['collagen-elastin:asserted']);
  });

  it('does not take ordinary words for trend names', () => {
    expect(engine.scan('Exams show the excess sebum boosts collagen loss.')).toEqual([]);
  });
});

describe('engine: the RNA exosome homonym', () => {
  it('still reads a product called an "exosome complex" as marketing', () => {
    expect(topics('Our exosome complex serum boosts collagen overnight.')).toEqual(['collagen-elastin:asserted']);
  });
});

describe('engine: pages about a trend', () => {
  it('reads claims in a paragraph that names no ingredient as about the page\'s trend, with low confidence', () => {
    const paragraph = 'It boosts collagen and has no downtime.';
    expect(engine.scan(paragraph)).toEqual([]);
    const findings = engine.scan(paragraph, { pageTrend: 'exosomes' });
    expect(findings.map((f) => f.topic).sort()).toEqual(['collagen-elastin', 'safety']);
    expect(findings.every((f) => f.confidence === 'low' && f.trend === 'exosomes')).toBe(true);
  });

  it('still leaves other ingredients\' claims alone on such a page', () => {
    expect(engine.scan('Our retinol cream boosts collagen.', { pageTrend: 'exosomes' })).toEqual([]);
  });

  it('names the trend a title is about', () => {
    expect(engine.trendNamedIn('I tried the exosome facial everyone is booking')).toBe('exosomes');
    expect(engine.trendNamedIn('Salmon DNA: what PDRN really does')).toBe('pdrn-polynucleotides');
    expect(engine.trendNamedIn('Ten sunscreens for summer')).toBeNull();
  });
});

describe('engine: the prefilter reads text as written', () => {
  it('finds trend names in any case, with accents or in full-width letters', async () => {
    const { compileTriggers } = await import('../../../src/claims/triggers');
    const triggers = compileTriggers([{ trend: 'stem-cell-cosmetics', triggers: { es: ['celulas madre'], en: ['exosom*'] } }]);
    for (const text of ['CÉLULAS MADRE', 'células madre', 'ＥＸＯＳＯＭＥ serum', 'Exosomas']) expect(triggers.test(text), text).toBe(true);
    for (const text of ['celular', 'madre mia', 'exo some']) expect(triggers.test(text), text).toBe(false);
  });
});
