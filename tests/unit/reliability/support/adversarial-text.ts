// Text written to break the claims engine: random and adversarial strings from a seeded PRNG, so
// every run sees the same cases and a failure can be replayed from its seed. Shared by the fuzz
// test (tests/unit/reliability/engine-fuzz.test.ts, which checks results) and the linearity bench
// (tests/bench/fuzz-linearity.ts, which times them at doubling sizes).

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
export const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** Trend names as pages write them, in several scripts and spellings (some misspelt on purpose). */
export const TRIGGERS = [
  'exosome', 'exosomes', 'Exosome', 'EXOSOMES', 'exo-some', 'exosomal', 'extracellular vesicles', 'nanovesicle',
  'PDRN', 'pdrn', 'polynucleotides', 'salmon DNA', 'Rejuran', 'stem cell', 'stem-cell', 'secretome',
  'growth factor', 'EGF', 'platelet extract', 'platelet-derived', '엑소좀', 'エクソソーム', 'exosoma', '外泌体',
  'exsome', 'eksosome', 'polynuecleotide', 'exosomeexosome',
];

/** Claim wordings and their neighbours (denials, negations, critiques, science words). */
export const WORDINGS = [
  'regenerates skin cells', 'boosts collagen', 'stimulates collagen production', 'FDA approved', 'not FDA approved',
  'no side effects', 'no downtime', 'clinically proven', 'better than botox', 'reverses aging', 'anti-ageing',
  'heals wounds', 'repairs the skin barrier', 'fades scars', 'brightens dark spots', 'calms redness',
  'regrows hair', 'deep penetration', 'penetrates deep into the dermis', '100% safe', '10 times more',
  '50% more collagen', 'celebrity favourite', 'used by Kim', 'there is no evidence that', 'studies do not show',
  'in vitro', 'in mice', 'p < 0.05', 'randomized controlled trial', 'the FDA warned', '콜라겐 생성', '재생',
  'コラーゲン', 'colágeno', 'regenera la piel', '#exosomes', '#glassskin', 'rebuilds collagen in 4 weeks',
];

const PUNCTUATION = [
  '.', '!', '?', '…', '...', '!!!', '?!', '。', '！', '？', '•', '▪', '●', '★', '✔', '|', ' - ', ' – ', '—', ',', ';', ':',
  '"', '“', '”', '‘', '’', "'", ')', '(', ']', '[', '/', '\\', '*', '#', '@', '%', '&', '<', '>', '{', '}', '^', '$', '+',
  '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2028', '\u2029', '\f', '\v',
];

const COMBINING = ['\u0300', '\u0301', '\u0308', '\u0327', '\u0338', '\u20dd', '\u0489', '\u1ab0', '\u1dc0', '\ufe20', '\u0e31'];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f', '\u180e'];
const BIDI = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c'];
const RTL_WORDS = ['إكسوسوم', 'البشرة', 'كولاجين', 'מיצוי', 'עור', 'קולגן', 'سرم', 'ژل'];
const EMOJI = ['😀', '👩🏽‍🔬', '🧴', '✨', '🇰🇷', '🏳️‍🌈', '❤️', '👍🏿', '🧬', '🫧', '1️⃣', '🔬'];

/** Any code point from any plane, including unassigned, private-use and surrogate code points. */
export function anyCodePoint(random: Random): string {
  const plane = int(random, 0, 16);
  const codePoint = plane * 0x10000 + int(random, 0, 0xffff);
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return String.fromCharCode(codePoint); // a lone surrogate
  return String.fromCodePoint(codePoint);
}

/** A lone high or low surrogate: invalid UTF-16 that pages can still contain. */
export function loneSurrogate(random: Random): string {
  return String.fromCharCode(random() < 0.5 ? int(random, 0xd800, 0xdbff) : int(random, 0xdc00, 0xdfff));
}

/** Decorates `word` with combining marks, zero-width characters or bidi controls inside it. */
export function decorate(random: Random, word: string): string {
  const units = [...word];
  const out: string[] = [];
  for (const unit of units) {
    out.push(unit);
    const roll = random();
    if (roll < 0.08) out.push(pick(random, COMBINING));
    else if (roll < 0.12) out.push(pick(random, ZERO_WIDTH));
    else if (roll < 0.14) out.push(pick(random, BIDI));
  }
  return out.join('');
}

/** One random "token": a trend name, a wording, punctuation, Unicode oddities or noise. */
export function randomToken(random: Random): string {
  const roll = random();
  if (roll < 0.12) return pick(random, TRIGGERS);
  if (roll < 0.3) return pick(random, WORDINGS);
  if (roll < 0.45) return pick(random, PUNCTUATION);
  if (roll < 0.5) return decorate(random, pick(random, [...TRIGGERS, ...WORDINGS]));
  if (roll < 0.55) return pick(random, RTL_WORDS);
  if (roll < 0.6) return pick(random, EMOJI);
  if (roll < 0.64) return pick(random, [...ZERO_WIDTH, ...BIDI, ...COMBINING]);
  if (roll < 0.68) return loneSurrogate(random);
  if (roll < 0.78) return anyCodePoint(random);
  if (roll < 0.9) return ' ';
  return pick(random, ['the', 'serum', 'skin', 'our', 'it', 'and', 'with', 'a', 'cream', 'clinic', 'weeks', '4', '2024']);
}

/** Random text of roughly `length` UTF-16 units. */
export function randomText(random: Random, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const token = randomToken(random);
    parts.push(token);
    size += token.length;
  }
  return parts.join('');
}

/** A generator of adversarial text of (about) `n` UTF-16 units. */
export interface AdversarialGenerator {
  name: string;
  make(n: number): string;
}

const repeatTo = (unit: string, n: number) => unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);

/** Text shapes that make a naive scanner slow: repetition, long runs, glued words, noise. */
export const ADVERSARIAL_GENERATORS: readonly AdversarialGenerator[] = [
  { name: 'repeated trend name ("exosome " × n/8)', make: (n) => repeatTo('exosome ', n) },
  { name: 'trend name and claim, repeated', make: (n) => repeatTo('Our exosome serum regenerates skin cells and boosts collagen. ', n) },
  { name: 'run of full stops after a trend name', make: (n) => `exosome serum ${'.'.repeat(n)}x` },
  { name: 'run of "!?" after a trend name', make: (n) => `exosome serum ${repeatTo('!?', n)}x` },
  { name: 'run of closing quotes after "!"', make: (n) => `exosome serum!${repeatTo('”)', n)}x` },
  { name: 'spaced dashes after a trend name', make: (n) => `exosome ${repeatTo(' - ', n)}` },
  { name: 'line breaks between short words', make: (n) => `exosome\n${repeatTo('a\nb\n', n)}` },
  { name: 'one long word after a trend name', make: (n) => `exosome ${'a'.repeat(n)}` },
  { name: 'one long number after a trend name', make: (n) => `exosome ${'1'.repeat(n)}%` },
  { name: 'claim wordings glued together', make: (n) => repeatTo('exosomeregeneratesskinboostscollagenfdaapprovednodowntime', n) },
  { name: 'claim wordings glued with hyphens', make: (n) => repeatTo('exosome-regenerates-skin-boosts-collagen-', n) },
  { name: 'misspelt trend names', make: (n) => repeatTo('eksosome exsome polynuecleotide exxosomes ', n) },
  { name: 'Hangul after a trend name', make: (n) => `엑소좀 ${repeatTo('콜라겐재생', n)}` },
  { name: 'combining marks on every letter', make: (n) => repeatTo('e\u0301x\u0308o\u0327s\u0300o\u0338m\u20dde\u0301 ', n) },
  { name: 'zero-width characters inside words', make: (n) => repeatTo('exo\u200bsome re\u200dgene\u2060rates ', n) },
  { name: 'lone surrogates around trend names', make: (n) => repeatTo('\ud800exosome\udfff\udbff ', n) },
  { name: 'random tokens (seeded)', make: (n) => randomText(seededRandom(n), n) },
];

/**
 * Phrasings a user may legally write (they pass phrasingProblem) that ask a backtracking regular
 * expression engine for many ways to split one run of letters or digits.
 */
export const ADVERSARIAL_USER_PHRASINGS = {
  /** Words that each continue with `*`: "aa* a* a* … ab" splits "aaaa…" in very many ways. */
  starWords: 'aa* a* a* a* a* a* a* a* a* a* a* a* ab',
  /** Numbers next to numbers: "<n> <n> … x" splits "1111…" in very many ways. */
  numbers: '<n> <n> <n> <n> <n> <n> <n> <n> <n> <n> <n> <n> x',
} as const;
