// A claim counts only when it is made about a trend ingredient. When a sentence names another
// ingredient (retinol, vitamin C, …) and no trend ingredient, its claims belong to that one.
const OTHER_INGREDIENTS = new RegExp(
  [
    String.raw`\b(?:retinol|retinoids?|retinal|tretinoin|bakuchiol|niacinamide|vitamin [ace]|ascorbic|hyaluronic|hyaluronan|peptides?|ceramides?|centella|cica|snail mucin|squalane|glycolic|salicylic|lactic acid|azelaic|aha|bha|spf|sunscreen|collagen supplements?|minoxidil|rogaine|finasteride)\b`,
    '레티놀|레티노이드|레티나|트레티노인|미녹시딜|로게인|보톡스|나이아신아마이드|비타민|히알루론산|펩타이드|세라마이드|병풀|시카',
    'レチノール|ナイアシンアミド|ビタミン|ヒアルロン酸|ペプチド|セラミド|ツボクサ',
    String.raw`\b(?:retinol|niacinamida|vitamina [ace]|acido hialuronico|peptidos?|ceramidas?|centella)\b`,
  ].join('|'),
  'u',
);

// "Better than retinol" is a claim about the trend ingredient, not about retinol.
const COMPARISON = /\b(?:than|unlike|versus|vs|instead of|alternative to|replac\w*|move over|que|en lugar de)\b|보다|대신|より|代わり/u;

export function namesOtherIngredient(foldedSentence: string): boolean {
  return OTHER_INGREDIENTS.test(foldedSentence) && !COMPARISON.test(foldedSentence);
}
