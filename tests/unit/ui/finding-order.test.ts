import { describe, expect, it } from 'vitest';
import { countByVerdict, groupByTopic, topFindings } from '../../../src/ui/findings/finding-order';
import { approvalClaim, collagenClaim, finding, hairClaim } from './fixtures';

describe('finding order', () => {
  const collagen = finding(collagenClaim, { start: 0 });
  const collagenAgain = finding(collagenClaim, { start: 50 });
  const approval = finding(approvalClaim, { start: 100 });
  const disputedApproval = finding(approvalClaim, { start: 150, stance: 'refuted' });
  const hair = finding(hairClaim, { start: 200 });

  it('groups by topic with the worst topic first', () => {
    const groups = groupByTopic([hair, collagen, approval, collagenAgain]);
    expect(groups.map((group) => group.topic)).toEqual(['regulatory-status', 'collagen-elastin', 'hair-growth']);
    expect(groups[1]!.findings).toHaveLength(2);
  });

  it('does not count a claim the page raises only to dispute it', () => {
    const counts = countByVerdict([approval, disputedApproval, collagen]);
    expect(counts.false).toBe(1);
    expect(counts.overstated).toBe(1);
  });

  it('picks one finding per claim, worst first, asserted before disputed', () => {
    const top = topFindings([hair, disputedApproval, collagen, collagenAgain, approval], 3);
    expect(top.map((f) => f.key)).toEqual([approval.key, collagen.key, hair.key]);
  });
});
