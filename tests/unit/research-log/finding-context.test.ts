import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, contextAround } from '../../../src/research-log/finding-context';

describe('text around a quote', () => {
  const text = 'Before the quote there is a long stretch of words. THE QUOTE. After the quote comes another long stretch.';
  const start = text.indexOf('THE QUOTE');
  const end = start + 'THE QUOTE.'.length;

  it(`takes ${CONTEXT_LENGTH} characters either side`, () => {
    const { prefix, suffix } = contextAround(text, start, end);
    expect(prefix).toBe(text.slice(start - 32, start));
    expect(suffix).toBe(text.slice(end, end + 32));
    expect(prefix).toHaveLength(32);
    expect(suffix).toHaveLength(32);
  });

  it('takes what there is at the edges of the block', () => {
    expect(contextAround('THE QUOTE. tail', 0, 10)).toEqual({ prefix: '', suffix: ' tail' });
    expect(contextAround('head THE QUOTE.', 5, 15)).toEqual({ prefix: 'head ', suffix: '' });
  });

  it('never splits an emoji or other astral character', () => {
    const emoji = '🧴';
    const before = `${emoji}${'a'.repeat(31)}`;
    const after = `${'b'.repeat(31)}${emoji}`;
    const { prefix, suffix } = contextAround(`${before}QUOTE${after}`, before.length, before.length + 5);
    expect(prefix).toBe('a'.repeat(31));
    expect(suffix).toBe('b'.repeat(31));
  });

  it('counts a run of whitespace (line breaks, indentation) as one space', () => {
    const page = `Intro line.\n        Second line of the paragraph,\n        then THE QUOTE.\n      And the\n\n   rest of it goes on for a while.`;
    const at = page.indexOf('THE QUOTE');
    const { prefix, suffix } = contextAround(page, at, at + 'THE QUOTE.'.length);
    expect(prefix).toBe('Second line of the paragraph, then '.slice(-32));
    expect(suffix).toBe(' And the rest of it goes on for a while.'.slice(0, 32));
  });

  it('has no context where there is only whitespace', () => {
    expect(contextAround('\n    THE QUOTE.\n  ', 5, 15)).toEqual({ prefix: '', suffix: '' });
  });

  it('copes with offsets outside the text', () => {
    expect(contextAround('short', -5, 99)).toEqual({ prefix: '', suffix: '' });
  });
});
