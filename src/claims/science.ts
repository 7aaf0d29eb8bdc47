// Scientific writing about exosome biology (abstracts, reviews, figure legends) is not marketing
// and is never a finding, even when it reads like a claim. This scores a block's register from
// cheap cues in folded text.

const SCIENCE_CUES = [
  /\bet al\b/,
  /\bin (?:vitro|vivo)\b/,
  /\b(?:mice|murine|rats?|rodents?)\b/,
  /\bp ?[<=] ?0?\.\d/,
  /\b95 ?% ?ci\b/,
  /\[\d+(?:[,–-] ?\d+)*\]/,
  /\b(?:we|our results|this study|the present study|these findings|here we)\b/,
  /\b(?:abstract|methods?|results|conclusions?|background|objective)\s*:/,
  /\b(?:biogenesis|endosom\w*|multivesicular|intraluminal|lysosom\w*|ribonuclease|exoribonuclease)\b/,
  /\b(?:tumou?r|cancer|carcinoma|metasta\w+|oncogen\w*)\b/,
  /\b(?:mirna|mrna|micro ?rnas?|rna species|transcripts?|proteomic\w*|lipidomic\w*|cargo)\b/,
  /\b(?:recipient cells?|cell lines?|fibroblasts?|keratinocytes?|macrophages?|angiogenesis|paracrine)\b/,
  /\b(?:ultracentrifugation|nanoparticle tracking|western blot|flow cytometry|isolat(?:ed|ion) (?:by|from|of))\b/,
  /\b(?:figure|fig\.|table|schematic)\s*\d*/,
  /\b(?:tissular|physiological|pathological|pathways?|mechanisms? of action)\b/,
  /\b(?:cutometer|corneometer|primos|mark-vu|visia|antera)\b/,
  /\b(?:was|were) (?:evaluated|assessed|measured|analy[sz]ed|randomi[sz]ed|enrolled)\b/,
  /\b(?:split-face|randomi[sz]ed|placebo|double-blind|vehicle-controlled)\b.*\b(?:side|group|arm)s?\b/,
  /\b(?:biomolecul\w*|endogenous|exogenous|sub-?cellular)\b/,
  /\b(?:intracellular|membranes?|lipid bilayer|secreted by)\b/,
  /\b\d+ ?(?:to|-|–) ?\d+ ?nm\b/,
  /\b(?:review|systematic review|meta-analysis)\b.*\b(?:studies|literature|articles)\b/,
  /研究|研究报道|研究表明/,
  /临床结果|临床研究|实验/,
  /小鼠|细胞|分子|机制|生物活性/,
  /연구진|실험|마우스|세포주|기전/,
];

/** Signs of selling or advising a reader, which science writing lacks. */
const READER_CUES =
  /\b(?:you|your|book|buy|shop|order|price|offer|our (?:clinic|serum|treatment|product)s?|treatment at|visit us|consultation)\b|(?:예약|구매|상담|ご予約|購入|お問い合わせ|reserva|compra|tu piel)/;

/** The RNA exosome, a protein complex that degrades RNA: same name, nothing to do with skincare. */
const HOMONYMS = /\b(?:rna exosome|nuclear exosome|exosome-mediated (?:rna )?(?:decay|degradation)|exosome complex\b[^.]{0,80}\b(?:rna|degrad\w*|ribonucle\w*|transcripts?))/;

export function looksScientific(folded: string): boolean {
  if (HOMONYMS.test(folded)) return true;
  let score = 0;
  for (const cue of SCIENCE_CUES) if (cue.test(folded)) score++;
  const threshold = READER_CUES.test(folded) ? 4 : 2;
  return score >= threshold;
}
