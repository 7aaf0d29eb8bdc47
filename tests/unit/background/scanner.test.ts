import { describe, expect, it } from 'vitest';
import { createClaimsService } from '../../../src/background/claims-service';
import { scanTextBlocks } from '../../../src/background/scanner';

const compiled = () => createClaimsService({ userClaims: { list: async () => [] } }).compiled();
const block = { id: 'p3', text: 'She said it boosts collagen and has no downtime at all.' };

describe('scanning a page\'s blocks', () => {
  it('finds nothing in a block that names no ingredient on an unrelated page', async () => {
    expect(scanTextBlocks(await compiled(), [block], 'all', 'Ten sunscreens for summer')).toEqual([]);
  });

  it('reads such a block as about the trend the page title names, for journalists only', async () => {
    const claims = await compiled();
    const all = scanTextBlocks(claims, [block], 'all', 'I tried the exosome facial');
    expect(all.map((f) => f.topic).sort()).toEqual(['collagen-elastin', 'safety']);
    expect(all.every((f) => f.blockId === 'p3' && f.key.startsWith('p3:'))).toBe(true);
    expect(scanTextBlocks(claims, [block], 'confident', 'I tried the exosome facial')).toEqual([]);
  });
});
