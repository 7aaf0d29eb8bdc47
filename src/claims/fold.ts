// Folds text for matching: lowercase, no diacritics, full-width forms to ASCII. Each UTF-16
// unit folds to exactly one unit, so an offset in the folded text is the same offset in the
// original, and findings can quote the page without any mapping table.

const foldedNonAscii = new Map<string, string>();

/** Only Latin, Greek and Cyrillic letters lose their marks; in kana a mark changes the sound. */
const STRIPS_MARKS = /^[\u0000-\u04ff]/;

function foldUnit(unit: string): string {
  let folded = foldedNonAscii.get(unit);
  if (folded === undefined) {
    const decomposed = unit.normalize('NFKD');
    const candidate = (STRIPS_MARKS.test(decomposed) ? decomposed.replace(/\p{M}/gu, '') : unit.normalize('NFKC')).toLowerCase();
    folded = candidate.length === 1 ? candidate : unit.toLowerCase().length === 1 ? unit.toLowerCase() : unit;
    foldedNonAscii.set(unit, folded);
  }
  return folded;
}

export function fold(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    // Surrogate halves (emoji, rare CJK) are kept as they are.
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const folded = foldUnit(text[i]!);
    if (folded === text[i]) continue;
    out += text.slice(runStart, i) + folded;
    runStart = i + 1;
  }
  out += text.slice(runStart);
  return out.toLowerCase().length === out.length ? out.toLowerCase() : lowerAsciiOnly(out);
}

function lowerAsciiOnly(text: string): string {
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}
