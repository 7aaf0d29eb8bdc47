// Text written for the benchmark: claim-free filler, and the same filler with a claim about a
// trend ingredient every few sentences. Deterministic (seeded) so runs compare.

const SUBJECTS = ['The morning routine', 'A gentle cleanser', 'Our weekend market', 'The new studio', 'This travel guide', 'The city library', 'A quiet café', 'The hiking trail'];
const VERBS = ['starts with', 'depends on', 'is known for', 'makes room for', 'ends with', 'was built around'];
const OBJECTS = ['lukewarm water and patience', 'fresh bread every Saturday', 'a long table by the window', 'maps of the old harbour', 'soft light in the afternoon', 'a view over the river', 'comfortable shoes and snacks'];
const TAILS = ['', ' on most days', ' according to regulars', ' since last spring', ' for everyone who visits'];

const CLAIMS = [
  'Our exosome serum boosts collagen and firms sagging skin.',
  'This PDRN booster repairs the skin barrier and adds deep hydration.',
  'Stem cell culture extract fades dark spots for a brighter, even tone.',
  'The exosome facial has no downtime and is completely safe for everyone.',
  'Salmon DNA injections heal acne scars faster than lasers.',
  'Exosomes work at the cellular level, far deeper than ordinary creams.',
  'Clinically proven: our exosome ampoule reduces wrinkles by 40 percent.',
  'Growth factor serum speeds up recovery after microneedling.',
];

function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateText(bytes: number, withClaims: boolean, seed = 42): string {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const parts: string[] = [];
  let length = 0;
  let sentence = 0;
  while (length < bytes) {
    const next =
      withClaims && sentence % 6 === 5
        ? pick(CLAIMS)
        : `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${pick(TAILS)}.`;
    parts.push(next);
    length += next.length + 1;
    sentence++;
    if (sentence % 5 === 0) {
      parts.push('\n');
      length++;
    }
  }
  return parts.join(' ').slice(0, bytes);
}

/** An Instagram-sized post (about 300 characters) with one claim about a trend ingredient. */
export function instagramPost(index: number): string {
  return `Day ${index} of my glow journey ✨ Tried the exosome facial at a studio downtown and honestly my skin has never looked this plump. They say it boosts collagen with no downtime. #exosomes #skincare #glowup #seoul`;
}
