// Reading a backup file back. The whole file is checked before anything is stored, and every
// problem is reported with its place ("researchLog[3].findings[0].verdict: …"), so a damaged
// backup can be repaired by hand.
import type { z } from 'zod';
import { disputeSchema, silenceSchema } from '../disputes/record-schemas';
import type { Dispute, Silence } from '../disputes/types';
import { researchLogEntrySchema } from '../research-log/entry-schema';
import type { ResearchLogEntry } from '../research-log/types';
import { settingsSchema, type Settings } from '../settings/settings';
import type { BackupContents } from './backup-contents';
import { BACKUP_FIELDS, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MAX_BACKUP_BYTES } from './backup-format';
import { oversizeProblem } from './file-size';
import { capProblems, issueLines } from './issues';
import { parseJsonDocument } from './json-document';
import { bundledIdProblem, parseUserClaim } from './user-claim-input';
import { MAX_IMPORTED_CLAIMS } from './user-claims-file';

/** Upper bounds per kind of record; far above real use, well below what would stall a browser. */
export const MAX_BACKUP_RECORDS = {
  userClaims: MAX_IMPORTED_CLAIMS,
  researchLog: 100_000,
  disputes: 50_000,
  silences: 50_000,
} as const;

export type ParsedBackup = { ok: true; contents: BackupContents } | { ok: false; errors: string[] };

export function parseBackup(json: string, reservedIds: ReadonlySet<string>): ParsedBackup {
  const oversize = oversizeProblem(json, MAX_BACKUP_BYTES);
  if (oversize) return fail([oversize]);
  const parsed = parseJsonDocument(json);
  if (!parsed.ok) return fail([parsed.problem]);
  const document = parsed.value;
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return fail([`(root): must be a ClaimLens backup ({"format": "${BACKUP_FORMAT}", …})`]);
  }
  const file = document as Record<string, unknown>;
  if (file.format !== BACKUP_FORMAT) return fail([`format: must be "${BACKUP_FORMAT}" (is this a ClaimLens backup?)`]);
  if (file.version !== BACKUP_FORMAT_VERSION) {
    return fail([
      `version: ${JSON.stringify(file.version)} is not supported (this ClaimLens reads backup version ${BACKUP_FORMAT_VERSION})`,
    ]);
  }

  const problems: string[] = [];
  for (const field of Object.keys(file)) {
    if (!(BACKUP_FIELDS as readonly string[]).includes(field)) problems.push(`${field}: not a field of a ClaimLens backup`);
  }
  if (typeof file.exportedAt !== 'string' || Number.isNaN(Date.parse(file.exportedAt))) {
    problems.push('exportedAt: must be the date and time of the backup (ISO 8601)');
  }
  const settings = checkSettings(file.settings, problems);
  const userClaims = checkList(file.userClaims, 'userClaims', problems, (input, where) => {
    const claim = parseUserClaim(input);
    if (!claim.ok) return issuesOf(claim.error, where, problems);
    if (reservedIds.has(claim.claim.id)) problems.push(`${where}.id: ${bundledIdProblem(claim.claim.id)}`);
    return claim.claim;
  });
  const researchLog = checkList(file.researchLog, 'researchLog', problems, (input, where) =>
    checkRecord<ResearchLogEntry>(researchLogEntrySchema, input, where, problems),
  );
  const disputes = checkList(file.disputes, 'disputes', problems, (input, where) =>
    checkRecord<Dispute>(disputeSchema, input, where, problems),
  );
  const silences = checkList(file.silences, 'silences', problems, (input, where) =>
    checkRecord<Silence>(silenceSchema, input, where, problems),
  );

  reportDuplicates(userClaims, 'userClaims', 'id', (claim) => claim.id, problems);
  reportDuplicates(researchLog, 'researchLog', 'id', (entry) => entry.id, problems);
  reportDuplicates(disputes, 'disputes', 'id', (dispute) => dispute.id, problems);
  reportDuplicates(silences, 'silences', 'claimId', (silence) => `${silence.claimId}" on "${silence.hostname}`, problems);

  if (problems.length > 0 || !settings) return fail(problems);
  return {
    ok: true,
    contents: {
      settings,
      userClaims: present(userClaims),
      researchLog: present(researchLog),
      disputes: present(disputes),
      silences: present(silences),
    },
  };
}

function checkSettings(input: unknown, problems: string[]): Settings | null {
  if (input === undefined) {
    problems.push('settings: missing');
    return null;
  }
  const parsed = settingsSchema.strict().safeParse(input);
  if (parsed.success) return parsed.data;
  problems.push(...issueLines(parsed.error, 'settings'));
  return null;
}

/** Each item checked in place; an invalid item leaves a gap (null) so indexes stay true. */
function checkList<T>(
  input: unknown,
  name: keyof typeof MAX_BACKUP_RECORDS,
  problems: string[],
  check: (item: unknown, where: string) => T | null,
): (T | null)[] {
  if (!Array.isArray(input)) {
    problems.push(`${name}: must be a list${input === undefined ? ' (missing)' : ''}`);
    return [];
  }
  const max = MAX_BACKUP_RECORDS[name];
  if (input.length > max) {
    problems.push(`${name}: ${input.length} records; a backup may hold at most ${max}`);
    return [];
  }
  return input.map((item, index) => check(item, `${name}[${index}]`));
}

function checkRecord<T>(schema: z.ZodType, input: unknown, where: string, problems: string[]): T | null {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data as T;
  return issuesOf(parsed.error, where, problems);
}

function issuesOf(error: z.ZodError, where: string, problems: string[]): null {
  problems.push(...issueLines(error, where));
  return null;
}

function reportDuplicates<T>(
  records: readonly (T | null)[],
  name: string,
  field: string,
  identity: (record: T) => string,
  problems: string[],
): void {
  const firstIndex = new Map<string, number>();
  records.forEach((record, index) => {
    if (record === null) return;
    const id = identity(record);
    const earlier = firstIndex.get(id);
    if (earlier === undefined) firstIndex.set(id, index);
    else problems.push(`${name}[${index}].${field}: "${id}" is already used by ${name}[${earlier}]`);
  });
}

function present<T>(records: readonly (T | null)[]): T[] {
  return records.filter((record): record is T => record !== null);
}

function fail(problems: string[]): ParsedBackup {
  return { ok: false, errors: capProblems(problems) };
}
