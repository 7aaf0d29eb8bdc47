// The ::highlight() rules for each group, from the user's highlight style and the verdict colours
// every other part of ClaimLens uses. Line style differs by severity too, so colour is not the only
// signal (colour-blind readers).
import { VERDICT_COLOR } from '../claims/verdict-display';
import type { Settings } from '../settings/settings';
import { FLASH_HIGHLIGHT, HIGHLIGHT_GROUPS, type HighlightGroup, highlightName } from './highlight-registry';

export type HighlightStyle = Settings['highlightStyle'];

export const GROUP_COLOR: Record<HighlightGroup, string> = { ...VERDICT_COLOR, refuted: '#57606a' };

const LINE_STYLE: Record<HighlightGroup, string> = {
  false: 'wavy',
  misleading: 'wavy',
  overstated: 'dashed',
  unproven: 'dashed',
  accurate: 'solid',
  refuted: 'dotted',
};

/** A translucent tint of a #rrggbb colour. */
export function tint(color: string, alpha: number): string {
  return `${color}${Math.round(alpha * 255).toString(16).padStart(2, '0')}`;
}

function groupRule(group: HighlightGroup, style: HighlightStyle): string {
  const color = GROUP_COLOR[group];
  const declarations =
    style === 'background'
      ? `background-color:${tint(color, 0.22)};`
      : `text-decoration-line:underline;text-decoration-color:${color};` +
        `text-decoration-style:${LINE_STYLE[group]};text-decoration-thickness:2px;text-underline-offset:3px;`;
  return `::highlight(${highlightName(group)}){${declarations}}`;
}

/** The page stylesheet's rules: none for findings when the user chose no highlighting. */
export function highlightRules(style: HighlightStyle): string {
  const flash = `::highlight(${FLASH_HIGHLIGHT}){background-color:${tint('#ffd33d', 0.75)};color:#1f2328;}`;
  if (style === 'none') return flash;
  return HIGHLIGHT_GROUPS.map((group) => groupRule(group, style)).join('\n') + '\n' + flash;
}
