// Where a JSON text stops being valid. JSON.parse says so in some engines only (Node 20 reports
// "Unexpected token '}', …" with no offset), and a contributor fixing an import needs the spot.
// Runs only after JSON.parse has failed, so it checks syntax without building values.

class SyntaxStop {
  constructor(readonly at: number) {}
}

/** Offset of the first syntax error, or null if the text is valid JSON (or too deep to check). */
export function jsonErrorPosition(text: string): number | null {
  let i = 0;

  const fail = (): never => {
    throw new SyntaxStop(i);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (char: string) => {
    if (text[i] !== char) fail();
    i++;
  };

  function string(): void {
    expect('"');
    while (i < text.length) {
      const char = text[i]!;
      if (char === '"') {
        i++;
        return;
      }
      if (char === '\\') {
        i++;
        const escape = text[i];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i++;
        else fail();
      } else if (char < ' ') fail();
      else i++;
    }
    fail();
  }

  function number(): void {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail();
    i += match![0].length;
  }

  function literal(): void {
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail();
  }

  function sequence(close: string, item: () => void): void {
    i++;
    skipSpace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      expect(close);
      return;
    }
  }

  function value(): void {
    skipSpace();
    const char = text[i];
    if (char === '{') {
      sequence('}', () => {
        skipSpace();
        string();
        skipSpace();
        expect(':');
        value();
      });
    } else if (char === '[') sequence(']', value);
    else if (char === '"') string();
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) number();
    else literal();
    skipSpace();
  }

  try {
    value();
    return i < text.length ? i : null;
  } catch (stop) {
    if (stop instanceof SyntaxStop) return stop.at;
    return null; // nested too deeply for this checker
  }
}

/** "line L, column C" (both from 1) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
