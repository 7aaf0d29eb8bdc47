// A reader's disagreement with a finding ("I think this is wrong"), kept on this device so a
// maintainer can review it when the reader exports and shares their disputes.

export interface Dispute {
  id: string;
  claimId: string;
  /** The page's text the finding quoted. */
  quote: string;
  /** The page the finding was on. */
  url: string;
  reason: string;
  /** Evidence the reader offers, an http(s) address. */
  sourceUrl?: string;
  /** Epoch milliseconds. */
  at: number;
}

export type DisputeInput = Omit<Dispute, 'id' | 'at'>;

/** "Silence this claim on this site": the background drops the claim's findings there. */
export interface Silence {
  hostname: string;
  claimId: string;
  at: number;
}
