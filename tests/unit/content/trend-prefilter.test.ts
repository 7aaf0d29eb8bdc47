import { describe, expect, it } from 'vitest';
import { prefilterSources } from '../../../src/claims/triggers';
import { createTrendPrefilter, withPageTitle } from '../../../src/content/trend-prefilter';

describe('trend prefilter (generated prefilter.json)', () => {
  const isTrendText = createTrendPrefilter();

  it('lets through text naming a trend ingredient, in any supported language or case', () => {
    for (const text of [
      'This EXOSOME essence is everywhere',
      'Booked a PDRN facial for Friday',
      'Serum with salmon DNA',
      '줄기세포 크림 후기',
      'Conditioned media toner, week two',
    ]) {
      expect(isTrendText(text), text).toBe(true);
    }
  });

  it('stops text that names none', () => {
    for (const text of ['Sunscreen every morning', 'Niacinamide and zinc', 'A cell phone case', '']) {
      expect(isTrendText(text), text).toBe(false);
    }
  });

  it('accepts an injected trigger list', () => {
    const onlyExosomes = createTrendPrefilter(prefilterSources([{ trend: 'exosomes', triggers: { en: ['exosom*'] } }]));
    expect(onlyExosomes('exosomal toner')).toBe(true);
  });
});

describe('the prefilter on a page whose title names a trend', () => {
  it('lets every block through there, and only trend blocks elsewhere', () => {
    let title = 'I tried the exosome facial';
    const isTrendText = withPageTitle(createTrendPrefilter(), () => title);
    expect(isTrendText('It boosts collagen.')).toBe(true);
    title = 'Ten sunscreens for summer';
    expect(isTrendText('It boosts collagen.')).toBe(false);
    expect(isTrendText('An exosome serum.')).toBe(true);
  });
});
