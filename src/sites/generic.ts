// Every site without an adapter of its own: the whole document is read, in slices, as it changes.
import type { Region, SiteAdapter } from './adapter';
import { blockLevelOnly, blockOf } from './dom-rules';

export const genericAdapter: SiteAdapter = {
  name: 'generic',
  isBlockBoundary: blockLevelOnly,
  initialRegions: (document) => [document.body ?? document.documentElement],
  regionFor: (node) => blockOf(node, blockLevelOnly),
  regionsWithin: (element): Region[] => [element],
  gateFor: () => null,
};
