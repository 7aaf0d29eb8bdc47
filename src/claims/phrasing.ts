// The phrasing syntax shared by bundled and user claims. It is deliberately not a regular
// expression: contributors and imports cannot write patterns that make matching slow.
//
//   words separated by spaces or hyphens   "boost collagen", "anti-ageing"
//   a trailing * continues the word         "regenerat*"  → regenerate, regenerating, …
//   ... skips a few words in one sentence   "stimulat* ... collagen"
//   <n> stands for any number              "<n>%", "<n> times more"
//
// Matching is case- and accent-insensitive. Latin-script phrasings match whole words;
// Korean, Japanese and Chinese phrasings match anywhere (those scripts attach particles).
import { fold } from './fold';

export const MAX_PHRASING_LENGTH = 80;
const GAP = '...';
/** Characters a gap may span; it never crosses the end of a sentence. */
const GAP_CHARS = 40;
const SEPARATOR = String.raw`[\s\u00a0\-\u2010\u2011\u2013/·]*`;
/**
 * After a word that ends open ("regenerat*", "<n>") the next word must be separated: otherwise
 * one run of letters could be split between the words in exponentially many ways.
 */
const REQUIRED_SEPARATOR = String.raw`[\s\u00a0\-\u2010\u2011\u2013/·]+`;
const ENDS_OPEN = /(?:\*|<n>)$/;
const LATIN_EDGE = /[\p{Script=Latin}\p{N}]/u;
/**
 * Letters and digits of the scripts ClaimLens reads, as explicit ranges: Unicode property
 * classes (\p{L}) make each of thousands of compiled wordings slow to build.
 */
export const LETTER = String.raw`a-zA-Z0-9\u00c0-\u024f\u0370-\u04ff\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af`;
/**
 * Latin letters and digits: what a Latin-script word may not touch. Korean and Japanese attach
 * particles straight to Latin words ("PDRN은", "EGFが"), so those scripts do not count.
 */
export const LATIN_LETTER = String.raw`a-zA-Z0-9\u00c0-\u024f`;

export function phrasingProblem(phrasing: string): string | null {
  const trimmed = phrasing.trim();
  if (trimmed.length < 2) return 'is too short (2 characters at least)';
  if (trimmed.length > MAX_PHRASING_LENGTH) return `is longer than ${MAX_PHRASING_LENGTH} characters`;
  const words = trimmed.split(/\s+/).filter((word) => word !== GAP);
  if (words.length === 0) return 'has no words';
  if (trimmed.startsWith(GAP) || trimmed.endsWith(GAP)) return 'cannot start or end with ...';
  if (trimmed.split(GAP).length - 1 > 2) return 'has more than two ... gaps';
  for (const word of words) {
    if (word.replace(/\*$/, '').includes('*')) return `"${word}": * may only end a word`;
    if (word.includes('<n><n>')) return `"${word}": two numbers must be separated`;
    if (word === '*') return 'has a lone *';
  }
  const meaningful = (word: string) => word.includes('<n>') || word.replace(/[*\-]/g, '').length >= 2 || /[^\x00-\x7f]/.test(word);
  if (!words.some(meaningful)) {
    return 'needs at least one word of two letters';
  }
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NUMBER_TOKEN = '<n>';
const NUMBER = String.raw`\d+(?:[.,]\d+)?`;

/**
 * 'folded': matches text passed through fold(). 'raw': matches the text as written, with the `i`
 * flag — each Latin letter also accepts its accented and full-width forms — so a prefilter can
 * test a page's text without folding it first. A prefilter must not miss, so 'raw' does not ask
 * for whole words: the content script tests a page's text in one piece, where text hidden from
 * the reader may touch a word ("<span hidden>…</span>exosome"). 'plain': 'raw' for text without
 * accented or full-width letters, which lets the browser scan such text faster.
 */
export type PhrasingVariant = 'folded' | 'raw' | 'plain';

const ACCENTED: Record<string, string> = { a: 'àáâãäåā', c: 'çć', e: 'èéêëē', i: 'ìíîïī', n: 'ñ', o: 'òóôõöøō', u: 'ùúûüū', y: 'ýÿ' };

function rawLetter(char: string): string {
  if (!/[a-z]/.test(char)) return escapeRegExp(char);
  const fullWidth = String.fromCharCode(char.charCodeAt(0) + 0xfee0);
  return `[${char}${ACCENTED[char] ?? ''}${fullWidth}]`;
}

function wordSource(word: string, variant: PhrasingVariant): string {
  const latin = LATIN_EDGE.test(word[0] ?? '');
  if (word.includes(NUMBER_TOKEN)) {
    return word.split(NUMBER_TOKEN).map((part) => (part ? wordSource(part, variant) : '')).join(NUMBER);
  }
  const letters = latin ? LATIN_LETTER : LETTER;
  const continues = word.endsWith('*');
  const stem = fold(continues ? word.slice(0, -1) : word);
  const literal = (part: string) => (variant === 'raw' ? [...part].map(rawLetter).join('') : escapeRegExp(part));
  const body = stem.split(/[-\u2010\u2011]/).map(literal).join(SEPARATOR);
  return continues ? `${body}[${letters}]*` : body;
}

/**
 * Compiled sources are remembered: rebuilding the matcher after one edit recompiles only the new
 * wordings. Bounded so a long session of imports cannot grow it without end.
 */
const compiledSources = new Map<string, string>();
const MAX_REMEMBERED = 100_000;

/** Compiles a valid phrasing to a regular-expression source (no `u` flag needed; see PhrasingVariant). */
export function phrasingSource(phrasing: string, variant: PhrasingVariant = 'folded'): string {
  const key = `${variant}:${phrasing}`;
  let source = compiledSources.get(key);
  if (source === undefined) {
    source = compilePhrasing(phrasing, variant);
    if (compiledSources.size >= MAX_REMEMBERED) compiledSources.clear();
    compiledSources.set(key, source);
  }
  return source;
}

function compilePhrasing(phrasing: string, variant: PhrasingVariant): string {
  const problem = phrasingProblem(phrasing);
  if (problem) throw new Error(`Invalid phrasing "${phrasing}": ${problem}`);
  const trimmed = phrasing.trim();
  const segments = trimmed.split(GAP).map((segment) => {
    const words = segment.trim().split(/\s+/);
    return words
      .map((word, index) => {
        const before = index === 0 ? '' : ENDS_OPEN.test(words[index - 1]!) ? REQUIRED_SEPARATOR : SEPARATOR;
        return before + wordSource(word, variant);
      })
      .join('');
  });
  let source = segments.join(`[^.!?。！？\\n]{0,${GAP_CHARS}}?`);
  const first = trimmed.startsWith(NUMBER_TOKEN) ? '0' : trimmed[0]!;
  const lastWord = trimmed.split(/\s+/).at(-1)!;
  const last = trimmed.at(-1)!;
  if (variant !== 'folded') return source;
  if (LATIN_EDGE.test(first)) source = `(?<![${LATIN_LETTER}])${source}`;
  if (!lastWord.endsWith('*') && LATIN_EDGE.test(last)) source = `${source}(?![${LATIN_LETTER}])`;
  return source;
}

/** Latin-script wordings match whole words only, so they are tried only where a word starts. */
export function startsWithLatin(phrasing: string): boolean {
  return LATIN_EDGE.test(phrasing.trim()[0] ?? '');
}
