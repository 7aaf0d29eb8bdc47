// Optional ANSI styling. Output must read the same without it, so styles only emphasise.
export interface TerminalStyle {
  bold(text: string): string;
  dim(text: string): string;
  /** Colours text with a #rrggbb colour (the extension's verdict colours). */
  color(text: string, hex: string): string;
}

export const PLAIN_STYLE: TerminalStyle = {
  bold: (text) => text,
  dim: (text) => text,
  color: (text) => text,
};

export const ANSI_STYLE: TerminalStyle = {
  bold: (text) => `\x1b[1m${text}\x1b[22m`,
  dim: (text) => `\x1b[2m${text}\x1b[22m`,
  color(text, hex) {
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
    return `\x1b[38;2;${r};${g};${b}m${text}\x1b[39m`;
  },
};

/** Colour only for a person at a terminal who has not opted out (https://no-color.org). */
export function chooseStyle(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): TerminalStyle {
  return isTTY === true && env.NO_COLOR === undefined ? ANSI_STYLE : PLAIN_STYLE;
}
