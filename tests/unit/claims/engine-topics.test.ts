// The real bundled database and engine on sentences written for these tests: every topic is
// found where marketing makes it, in several languages, and left alone where it does not.
import { describe, expect, it } from 'vitest';
import { bundledDb } from '../../../src/claims/bundled';
import { createEngine } from '../../../src/claims/engine';
import { TOPIC_IDS, type TopicId } from '../../../src/claims/vocabulary';

const engine = createEngine(bundledDb);
const topicsIn = (text: string) => new Set(engine.scan(text).map((finding) => finding.topic));
const stanceOf = (text: string, topic: TopicId) => engine.scan(text).find((finding) => finding.topic === topic)?.stance;

const ONE_SENTENCE_PER_TOPIC: Record<TopicId, string> = {
  'cell-signalling': 'Exosomes act as messengers that tell your cells to behave younger.',
  'collagen-elastin': 'This exosome ampoule boosts collagen production within weeks.',
  'anti-ageing': 'Our exosome serum smooths fine lines and wrinkles.',
  'skin-regeneration': 'The exosome facial regenerates tired skin from within.',
  'wound-healing': 'Exosome gel heals wounds twice as fast.',
  'post-procedure-recovery': 'Add exosomes after microneedling for faster recovery.',
  scars: 'Exosome therapy fades acne scars for good.',
  pigmentation: 'The exosome essence lightens dark spots and melasma.',
  'rosacea-redness': 'Exosomes soothe rosacea flare-ups overnight.',
  inflammation: 'Exosome mist is anti-inflammatory for angry skin.',
  'texture-hydration': 'Exosome cream gives deep hydration and a lasting glow.',
  'hair-growth': 'Exosome scalp shots regrow thinning hair.',
  'deep-penetration': 'Exosomes work at the cellular level, not just on the surface.',
  safety: 'The exosome facial has no downtime and suits every skin type.',
  'regulatory-status': 'Our exosome vials are FDA approved.',
  'source-origin': 'These exosomes are derived from umbilical cord stem cells.',
  'clinical-proof': 'Our exosome serum is clinically proven to work.',
  'celebrity-use': 'Exosome facials are the celebrity secret behind red-carpet skin.',
  superiority: 'Exosomes are the revolutionary alternative to Botox.',
  acne: 'The exosome toner clears breakouts and active acne.',
  'skin-disease': 'Exosome balm relieves eczema and psoriasis.',
  'dose-concentration': 'Each exosome vial holds 20 billion particles.',
};

describe('every topic, in English', () => {
  it.each(TOPIC_IDS.map((topic) => [topic, ONE_SENTENCE_PER_TOPIC[topic]] as const))('%s', (topic, sentence) => {
    expect(topicsIn(sentence)).toContain(topic);
  });
});

describe('other languages', () => {
  it.each([
    ['ko', '엑소좀 앰플이 콜라겐 생성을 촉진합니다.', 'collagen-elastin'],
    ['ko', '엑소좀 시술로 여드름 흉터가 개선됩니다.', 'scars'],
    ['ja', 'エクソソーム美容液でシミが薄くなります。', 'pigmentation'],
    ['ja', 'エクソソームは細胞レベルで働きます。', 'deep-penetration'],
    ['es', 'Los exosomas estimulan el crecimiento del cabello.', 'hair-growth'],
    ['es', 'El tratamiento con exosomas no tiene efectos secundarios y es seguro.', 'safety'],
    ['id', 'Serum eksosom ini membantu mencerahkan kulit kusam.', 'pigmentation'],
  ] as const)('%s: %s', (_language, sentence, topic) => {
    expect(topicsIn(sentence)).toContain(topic);
  });
});

describe('neighbouring trends get their own claims', () => {
  it('judges a salmon DNA claim with the PDRN claim, not the exosome one', () => {
    const [finding] = engine.scan('Salmon DNA injections rebuild collagen in your skin.');
    expect(finding).toMatchObject({ topic: 'collagen-elastin', trend: 'pdrn-polynucleotides' });
    expect(finding!.claimId.startsWith('pdrn-')).toBe(true);
  });

  it('reads stem-cell culture cosmetics as their own trend', () => {
    expect(engine.scan('Stem cell culture serum that firms sagging skin.').map((f) => f.trend)).toContain('stem-cell-cosmetics');
  });
});

describe('claims about other ingredients are not findings', () => {
  it.each([
    'Retinol smooths fine lines and wrinkles.',
    'Vitamin C fades dark spots and evens your tone.',
    'Niacinamide calms redness and shrinks pores.',
    'Hyaluronic acid gives deep hydration and a lasting glow.',
    'Our peptide cream is clinically proven to boost collagen.',
  ])('%s', (sentence) => {
    expect(engine.scan(sentence)).toEqual([]);
  });
});

describe('stance and negation', () => {
  it('refutes a regulatory claim raised to be denied', () => {
    expect(stanceOf('No exosome product has been approved by the FDA.', 'regulatory-status')).toBe('refuted');
    expect(stanceOf('엑소좀 제품은 식약처 허가를 받지 않았다.', 'regulatory-status')).toBe('refuted');
  });

  it('refutes claims the text goes on to dispute', () => {
    const text = 'Clinics promise that exosomes regrow hair and fade scars. There is no good evidence for either.';
    expect(stanceOf(text, 'hair-growth')).toBe('refuted');
    expect(stanceOf(text, 'scars')).toBe('refuted');
  });

  it('keeps hedged and attributed claims asserted', () => {
    expect(stanceOf('The brand tells us its exosomes reportedly boost collagen.', 'collagen-elastin')).toBe('asserted');
  });

  it('reads "no side effects" as a safety claim, not a denial', () => {
    expect(stanceOf('An exosome facial with no side effects at all.', 'safety')).toBe('asserted');
  });
});

describe('hashtags', () => {
  it('finds the trend and claims in a caption made of hashtags', () => {
    const found = topicsIn('Sunday reset 💫 #exosomes #collagenboost #antiaging');
    expect(found).toContain('collagen-elastin');
    expect(found).toContain('anti-ageing');
  });
});

describe('"not only" is not a negation', () => {
  it.each([
    ['en', 'Exosomes not only boost collagen but also calm redness.', 'collagen-elastin'],
    ['ko', '엑소좀은 주름을 개선할 뿐만 아니라 탄력도 높여준다.', 'anti-ageing'],
    ['ja', 'エクソソームはシワを減らすだけでなく、ハリも与えます。', 'anti-ageing'],
  ] as const)('%s', (_language, sentence, topic) => {
    expect(stanceOf(sentence, topic)).toBe('asserted');
  });
});

describe('the two-pass trend prefilter', () => {
  it('lets through every bundled trigger, as written, upper-cased and inside a sentence', async () => {
    const { compileTriggers } = await import('../../../src/claims/triggers');
    const triggers = compileTriggers([...bundledDb.trends]);
    for (const trend of bundledDb.trends) {
      for (const phrasing of Object.values(trend.triggers).flat() as string[]) {
        const written = phrasing.replaceAll('*', 's').replaceAll('...', ' ');
        for (const text of [written, written.toUpperCase(), `Try the ${written} today.`]) {
          expect(triggers.test(text), text).toBe(true);
        }
      }
    }
  });
});
