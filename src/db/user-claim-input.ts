// Turns untrusted input (the options form, an imported file) into a claim that can be stored.
// Text fields are kept exactly as typed, HTML included: every view renders them as text.
import type { z } from 'zod';
import { bundledDb } from '../claims/bundled';
import { userClaimSchema } from '../claims/schema';
import type { StoredUserClaim } from './database';

export type ParsedUserClaim = { ok: true; claim: StoredUserClaim } | { ok: false; error: z.ZodError };

export function parseUserClaim(input: unknown): ParsedUserClaim {
  // Input claiming origin 'bundled' is not trusted: user claims are always origin 'user'.
  const parsed = userClaimSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error };
  return { ok: true, claim: { ...parsed.data, origin: 'user' } };
}

/** Ids of the claims shipped with the extension; user claims may not reuse them. */
export function bundledClaimIds(): ReadonlySet<string> {
  return new Set(bundledDb.claims.map((claim) => claim.id));
}

export function bundledIdProblem(id: string): string {
  return `"${id}" is the id of a claim shipped with ClaimLens; choose another id`;
}
