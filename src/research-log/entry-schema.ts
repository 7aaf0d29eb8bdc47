// The shape of a stored research-log entry, checked when a backup is restored: a restored log
// must be one this version of ClaimLens could have written.
import { z } from '../validation/zod';
import { EVIDENCE_LEVELS, STANCES, TOPIC_IDS, TRENDS, VERDICTS } from '../claims/vocabulary';
import { MAX_BLOCK_TEXT_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from '../messaging/limits';
import { CONTEXT_LENGTH } from './finding-context';
import { MAX_LOGGED_FINDINGS } from './logged-findings';
import type { LoggedFinding, ResearchLogEntry } from './types';

/** A quote never exceeds its block, so everything the background logs passes this schema. */
export const MAX_LOGGED_QUOTE = MAX_BLOCK_TEXT_LENGTH;
const timestamp = z.number().int().nonnegative();

export const loggedFindingSchema = z
  .object({
    claimId: z.string().min(1).max(80),
    topic: z.enum(TOPIC_IDS),
    trend: z.enum(TRENDS),
    evidence: z.enum(EVIDENCE_LEVELS),
    verdict: z.enum(VERDICTS),
    stance: z.enum(STANCES),
    confidence: z.enum(['high', 'low']),
    quote: z.string().min(1).max(MAX_LOGGED_QUOTE),
    // A little slack over CONTEXT_LENGTH: the cut never splits a character, but may have once.
    prefix: z.string().max(CONTEXT_LENGTH * 2),
    suffix: z.string().max(CONTEXT_LENGTH * 2),
  })
  .strict() satisfies z.ZodType<LoggedFinding>;

export const researchLogEntrySchema = z
  .object({
    id: z.string().min(1).max(100),
    url: z.string().min(1).max(MAX_URL_LENGTH),
    title: z.string().max(MAX_TITLE_LENGTH),
    hostname: z.string().max(253),
    firstSeen: timestamp,
    lastUpdated: timestamp,
    dbVersion: z.string().max(100),
    findings: z.array(loggedFindingSchema).max(MAX_LOGGED_FINDINGS),
  })
  .strict()
  .refine((entry) => entry.lastUpdated >= entry.firstSeen, {
    path: ['lastUpdated'],
    message: 'must not be earlier than firstSeen',
  }) satisfies z.ZodType<ResearchLogEntry>;
