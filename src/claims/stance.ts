// Whether a sentence raises a claim only to dispute it. English and Spanish put the negation
// before the claim ("no evidence that it boosts collagen"); Korean and Japanese after it
// ("효과가 없다", "承認されていない"). Hedges ("may", "is said to") are not disputes.

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

/** Words that dispute the whole sentence wherever they stand. */
const DISPUTE_ANYWHERE = new RegExp(
  [
    String.raw`\b(?:no (?:good |solid |real |scientific |clinical |robust |strong )?(?:evidence|proof|data|studies)|little (?:evidence|proof|data)|not (?:been )?(?:proven|shown|demonstrated|approved|established)|there is no|there are no|unapproved|not fda|is a myth|too good to be true)\b`,
    String.raw`\b(?:sin (?:las? )?(?:necesarias? )?(?:evidencias?|pruebas)|no hay (?:evidencia|pruebas)|no esta(?:n)? (?:probad|demostrad|aprobad)\w*)\b`,
    String.raw`\b(?:tidak ada bukti|belum terbukti)\b`,
    '근거가 없|근거 없|입증되지 않|검증되지 않|검증이 전혀|허위|과대 광고|과장 광고|허가를 받지 않|허가받지 않',
    '根拠はない|根拠がない|エビデンスはない|確立が不十分|承認を受けた医薬品はない|承認されていない|未承認|誇大',
  ].join('|'),
  'u',
);

const CLAUSE_BREAK = /[,;:()"“”«»]|\b(?:but|however|although|pero|sin embargo|tapi|namun)\b/u;
const BEFORE_WINDOW = 60;
const AFTER_WINDOW = 14;

export function isDisputed(foldedSentence: string, matchStart: number, matchEnd: number): boolean {
  if (DISPUTE_ANYWHERE.test(foldedSentence)) return true;
  const before = lastClause(foldedSentence.slice(Math.max(0, matchStart - BEFORE_WINDOW), matchStart));
  if (DISPUTE_BEFORE.test(before)) return true;
  const after = firstClause(foldedSentence.slice(matchEnd, matchEnd + AFTER_WINDOW));
  return DISPUTE_AFTER.test(after);
}

function lastClause(text: string): string {
  const parts = text.split(CLAUSE_BREAK);
  return parts.at(-1) ?? '';
}

function firstClause(text: string): string {
  return text.split(/[,;.。、()]/u)[0] ?? '';
}
