// Whether text raises a claim only to dispute it: a negation where the claim stands (English and
// Spanish put it before the claim, Korean and Japanese after it: "효과가 없다"), or a critique of
// the evidence nearby. Hedges ("may", "is said to") are not disputes.

const DISPUTE_BEFORE = new RegExp(
  [
    String.raw`\b(?:no|not|never|none|nor|neither|without|lacks?|lacking|cannot|can ?not|can't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|unproven|unsupported|unfounded|dubious|questionable|myths?|false(?:ly)?|bogus|misleading|exaggerated|overhyped)\b`,
    String.raw`\b(?:sin|ningun[oa]?|nunca|tampoco|falsa?s?)\b|\bno\b`,
    String.raw`\b(?:tidak|tanpa|belum|bukan)\b`,
  ].join('|'),
  'u',
);

const DISPUTE_AFTER =
  /(?:없|않|아니|못|불가|과장|허위|근거가 부족|검증되지|입증되지|ない|なく|ません|ず[、。]|未承認|根拠は|不十分|疑問|誇大|虚偽|没有|未经|不能)/u;

const CLAUSE_BREAK = /[,;:()"“”«»—–]|\s-\s|\b(?:and|or|but|however|although|y|o|pero|sin embargo|dan|tapi|namun)\b/u;
const BEFORE_WINDOW = 60;
const AFTER_WINDOW = 14;

/**
 * Text that disputes the evidence for the claims around it ("no clear demonstration of
 * efficacy", "the evidence is still thin"): every claim it surrounds is raised to be disputed.
 */
const EVIDENCE_CRITIQUE = new RegExp(
  [
    String.raw`\b(?:no (?:clear |good |solid |real |scientific |clinical |robust |strong )?(?:evidence|proof|demonstration)|lack of (?:evidence|proof|data)|(?:evidence|data|proof) (?:is|are|remains?) (?:still )?(?:thin|weak|lacking|scarce|limited|insufficient)|unproven|not (?:been )?(?:scientifically )?proven|speculative marketing|marketing hype)\b`,
    String.raw`\b(?:sin (?:las? )?(?:necesarias? )?(?:evidencias?|pruebas)|no (?:existe|hay) (?:\S+ ){0,6}?(?:evidencia|demostracion|prueba)s?|marketing cientifico especulativo)\b`,
    String.raw`\b(?:bukti (?:ilmiah )?(?:\S+ ){0,12}?(?:masih )?(?:tipis|lemah|minim|kurang)|belum terbukti)\b`,
    '근거가 부족|근거가 없|근거 없|입증되지 않|검증되지 않|검증이 전혀',
    '根拠はない|根拠がない|根拠が乏し|エビデンスは(?:ない|乏し|不十分)|確立が不十分|証明されていない',
  ].join('|'),
  'u',
);

/**
 * A regulator or court acting against advertising ("sites caught making false and exaggerated
 * claims"): every claim it lists, before or after, is raised to be disputed. Both parts are
 * needed: a blog that merely mentions exaggerated ads is not reporting a crackdown.
 */
const FALSE_ADVERTISING = new RegExp(
  [
    String.raw`\b(?:false|exaggerated|misleading|deceptive|unsubstantiated) (?:and (?:exaggerated|misleading) )?(?:advertising|advertisements?|ads|claims|marketing)\b`,
    String.raw`\bpublicidad (?:enganosa|falsa)\b`,
    '허위|과대 광고|과장 광고|誇大広告|虚偽広告|虚假宣传|夸大宣传',
  ].join('|'),
  'u',
);
const ENFORCEMENT = new RegExp(
  [
    String.raw`\b(?:crack(?:ed|s)? down|crackdown|warning letters?|fined|penalt(?:y|ies)|sanctions?|enforcement|caught|inspected|ordered to|sancion\w*|multa\w*)\b`,
    '적발|점검|행정처분|단속|고발|取り締まり|摘発|措置命令|行政指導|指導|查处|处罚',
  ].join('|'),
  'u',
);

export function reportsAdvertisingCrackdown(foldedRegion: string): boolean {
  return FALSE_ADVERTISING.test(foldedRegion) && ENFORCEMENT.test(foldedRegion);
}

/** Offsets in the text where the evidence is disputed; claims raised up to there are disputed. */
export function evidenceCritiques(folded: string, from: number, to: number): number[] {
  const pattern = new RegExp(EVIDENCE_CRITIQUE.source, 'gu');
  return [...folded.slice(from, to).matchAll(pattern)].map((match) => from + match.index);
}

/** "Not only", "not just", "no longer": words that look like negations and are not. */
const NOT_A_NEGATION = /\b(?:not (?:only|just|all about|merely|simply)|no longer|no (?:wonder|doubt|matter)|no solo|no solamente)\b/gu;
/** The same after the claim, in Korean and Japanese: 뿐만 아니라 and だけでなく mean "not only". */
const NOT_A_NEGATION_AFTER = /뿐만 아니라|뿐 아니라|だけでなく|だけではなく/gu;

/** Is the claim matched at [matchStart, matchEnd) of the sentence negated where it stands? */
export function isNegated(foldedSentence: string, matchStart: number, matchEnd: number): boolean {
  const before = lastClause(foldedSentence.slice(Math.max(0, matchStart - BEFORE_WINDOW), matchStart)).replace(
    NOT_A_NEGATION,
    '',
  );
  if (DISPUTE_BEFORE.test(before)) return true;
  // Removed before the window is cut, so a "not only" at its edge is not left half-read.
  const following = foldedSentence.slice(matchEnd, matchEnd + AFTER_WINDOW * 2).replace(NOT_A_NEGATION_AFTER, '');
  const after = firstClause(following.slice(0, AFTER_WINDOW));
  return DISPUTE_AFTER.test(after);
}

function lastClause(text: string): string {
  const parts = text.split(CLAUSE_BREAK);
  return parts.at(-1) ?? '';
}

function firstClause(text: string): string {
  return text.split(/[,;.。、()]/u)[0] ?? '';
}
