// The user-claims file format (export and import). Import validates the whole file before
// anything is stored, and reports every problem with its place in the file.
import { toExportedClaim } from './user-claim-export';
import { capProblems, issueLines } from './issues';
import { oversizeProblem } from './file-size';
import { parseJsonDocument } from './json-document';
import { bundledIdProblem, parseUserClaim } from './user-claim-input';
import type { StoredUserClaim } from './database';

export const USER_CLAIMS_FORMAT = 'claimlens-user-claims';
export const USER_CLAIMS_FORMAT_VERSION = 1;
/** Refused before parsing: a bigger file is not a hand-made claims file. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORTED_CLAIMS = 5_000;

export type ParsedUserClaimsFile = { ok: true; claims: StoredUserClaim[] } | { ok: false; errors: string[] };

export function parseUserClaimsFile(json: string, reservedIds: ReadonlySet<string>): ParsedUserClaimsFile {
  const oversize = oversizeProblem(json, MAX_IMPORT_BYTES);
  if (oversize) return fail([oversize]);
  const document = parseJsonDocument(json);
  if (!document.ok) return fail([document.problem]);

  const list = claimList(document.value);
  if (typeof list === 'string') return fail([list]);
  if (list.length > MAX_IMPORTED_CLAIMS) {
    return fail([`claims: ${list.length} claims; a file may hold at most ${MAX_IMPORTED_CLAIMS}`]);
  }

  const problems: string[] = [];
  const claims: StoredUserClaim[] = [];
  const firstIndexOfId = new Map<string, number>();
  list.forEach((input, index) => {
    const where = `claims[${index}]`;
    const parsed = parseUserClaim(input);
    if (!parsed.ok) {
      problems.push(...issueLines(parsed.error, where));
      return;
    }
    const { id } = parsed.claim;
    const earlier = firstIndexOfId.get(id);
    if (earlier !== undefined) problems.push(`${where}.id: "${id}" is already used by claims[${earlier}]`);
    else firstIndexOfId.set(id, index);
    if (reservedIds.has(id)) problems.push(`${where}.id: ${bundledIdProblem(id)}`);
    claims.push(parsed.claim);
  });
  return problems.length > 0 ? fail(problems) : { ok: true, claims };
}

export function formatUserClaimsFile(claims: readonly StoredUserClaim[]): string {
  const document = {
    format: USER_CLAIMS_FORMAT,
    version: USER_CLAIMS_FORMAT_VERSION,
    claims: claims.map(toExportedClaim),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Accepts the export format or a bare array of claims; otherwise says what is wrong. */
function claimList(document: unknown): unknown[] | string {
  if (Array.isArray(document)) return document;
  if (typeof document !== 'object' || document === null) {
    return `(root): must be a claims file ({"format": "${USER_CLAIMS_FORMAT}", …}) or an array of claims`;
  }
  const file = document as Record<string, unknown>;
  if (file.format !== USER_CLAIMS_FORMAT) return `format: must be "${USER_CLAIMS_FORMAT}"`;
  if (file.version !== USER_CLAIMS_FORMAT_VERSION) {
    return `version: ${JSON.stringify(file.version)} is not supported (this ClaimLens reads version ${USER_CLAIMS_FORMAT_VERSION})`;
  }
  if (!Array.isArray(file.claims)) return 'claims: must be an array of claims';
  return file.claims;
}

function fail(problems: string[]): ParsedUserClaimsFile {
  return { ok: false, errors: capProblems(problems) };
}
