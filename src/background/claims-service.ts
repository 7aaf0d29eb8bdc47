// The claims the background matches against: the bundled database plus the user's own claims.
// Compiling the matcher is the expensive part, so it happens once, at first need, and again
// only after the user's claims change.
import type { ClaimsBundle } from '../../claims-db/compile';
import { bundledDb } from '../claims/bundled';
import { createEngine, type Engine } from '../claims/engine';
import type { Claim } from '../claims/types';
import type { UserClaimsRepository } from '../db/user-claims-repository';

export interface CompiledClaims {
  engine: Engine;
  claimById: ReadonlyMap<string, Claim>;
}

export interface ClaimsService {
  /** The current matcher, compiled on first use and cached. */
  compiled(): Promise<CompiledClaims>;
  /** Forgets the compiled matcher; the next compiled() reads the user's claims again. */
  invalidate(): void;
}

export function createClaimsService(options: {
  userClaims: Pick<UserClaimsRepository, 'list'>;
  bundle?: ClaimsBundle;
}): ClaimsService {
  const bundle = options.bundle ?? bundledDb;
  let cached: Promise<CompiledClaims> | null = null;

  async function build(): Promise<CompiledClaims> {
    const userClaims = await options.userClaims.list();
    try {
      return compile([...bundle.claims, ...userClaims], bundle);
    } catch (error) {
      // A user claim that slipped past validation must not switch ClaimLens off everywhere.
      console.error('[ClaimLens] could not compile user claims; using bundled claims only', error);
      return compile(bundle.claims, bundle);
    }
  }

  return {
    compiled() {
      if (!cached) {
        const building = build();
        cached = building;
        // A failed build (IndexedDB unavailable) is retried at the next need, not cached.
        building.catch(() => {
          if (cached === building) cached = null;
        });
      }
      return cached;
    },
    invalidate() {
      cached = null;
    },
  };
}

function compile(claims: readonly Claim[], bundle: ClaimsBundle): CompiledClaims {
  return {
    engine: createEngine({ claims, trends: bundle.trends }),
    claimById: new Map(claims.map((claim) => [claim.id, claim])),
  };
}
