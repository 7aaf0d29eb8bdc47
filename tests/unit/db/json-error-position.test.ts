import { describe, expect, it } from 'vitest';
import { jsonErrorPosition, lineAndColumn } from '../../../src/db/json-error-position';

describe('jsonErrorPosition', () => {
  it.each([
    ['{"a": 1,}', 8],
    ['[1, 2', 5],
    ['{"a" 1}', 5],
    ['{"a": tru}', 6],
    ['[01]', 2],
    ['"tab\there"', 4],
    ['{"a": "\\x"}', 8],
    ['[1] [2]', 4],
    ['', 0],
  ])('finds the error in %j at %i', (text, offset) => {
    expect(jsonErrorPosition(text)).toBe(offset);
  });

  it('returns null for valid JSON, however it is spaced', () => {
    const valid = ' {"claims": [ {"id": "x", "n": -1.5e3, "ok": true, "none": null, "s": "\\u00e9\\n"} ] } ';
    expect(() => JSON.parse(valid)).not.toThrow();
    expect(jsonErrorPosition(valid)).toBeNull();
  });

  it('converts an offset to a line and column counted from 1', () => {
    expect(lineAndColumn('{\n  "a": ]', 9)).toEqual({ line: 2, column: 8 });
  });
});
