// Runtime schemas for claims: the bundled data files, user claims and imports all pass through
// these, so every boundary reports errors the same way (a path and a message).
import { z } from '../validation/zod';
import {
  EVIDENCE_LEVELS,
  JURISDICTIONS,
  LANGUAGES,
  REQUIRED_LANGUAGES,
  SOURCE_KINDS,
  TOPIC_IDS,
  TRENDS,
  VERDICTS,
} from './vocabulary';
import { phrasingProblem } from './phrasing';

const MAX_TEXT = 2_000;
export const MAX_PHRASINGS_PER_LANGUAGE = 150;

const text = (max = MAX_TEXT) => z.string().trim().min(1, 'must not be empty').max(max);

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date');

export const claimId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')
  .max(80);

const phrasing = z.string().superRefine((value, ctx) => {
  const problem = phrasingProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const phrasingList = z.array(phrasing).max(MAX_PHRASINGS_PER_LANGUAGE);

export const phrasingsSchema = z.partialRecord(z.enum(LANGUAGES), phrasingList);

export const sourceSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'must be a short id of letters, digits and hyphens'),
  citation: text(600),
  /** Optional: some references (labels, registry entries) carry no year in the brief. */
  year: z.number().int().min(1900).max(2100).optional(),
  kind: z.enum(SOURCE_KINDS),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.1234/abcd')
    .optional(),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) address' })
    .max(1_000)
    .optional(),
});

export const regulatoryNoteSchema = z.object({
  jurisdiction: z.enum(JURISDICTIONS),
  note: text(800),
  sourceIds: z.array(z.string()).min(1, 'must name at least one source'),
});

/** Fields shared by bundled claim files and user claims. */
const claimFields = {
  id: claimId,
  topic: z.enum(TOPIC_IDS),
  trend: z.enum(TRENDS),
  claim: text(300),
  phrasings: phrasingsSchema,
  denials: phrasingsSchema.default({}),
  hashtags: z
    .array(z.string().regex(/^#[\p{L}\p{N}_]{2,60}$/u, 'must be a hashtag such as #exosomes'))
    .max(40)
    .default([]),
  evidence: z.enum(EVIDENCE_LEVELS),
  verdict: z.enum(VERDICTS),
  summary: text(200),
  explanation: text(),
  regulatory: z.array(regulatoryNoteSchema).max(20).default([]),
  safety: z.array(text(600)).max(20).default([]),
  reviewed: isoDate,
};

function hasSomePhrasing(phrasings: Record<string, string[] | undefined>): boolean {
  return Object.values(phrasings).some((list) => (list?.length ?? 0) > 0);
}

function regulatoryNotesCiteOwnSources(
  claim: { regulatory: { sourceIds: string[] }[] },
  sourceIds: Set<string>,
  ctx: z.RefinementCtx,
) {
  claim.regulatory.forEach((note, index) => {
    for (const id of note.sourceIds) {
      if (!sourceIds.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['regulatory', index, 'sourceIds'],
          message: `cites "${id}", which is not among the claim's sources`,
        });
      }
    }
  });
}

/** A claim as a contributor writes it (options page, import): sources inline. */
export const userClaimSchema = z
  .object({
    ...claimFields,
    sources: z.array(sourceSchema).min(1, 'must cite at least one source').max(30),
  })
  .superRefine((claim, ctx) => {
    if (!hasSomePhrasing(claim.phrasings)) {
      ctx.addIssue({ code: 'custom', path: ['phrasings'], message: 'needs at least one phrasing' });
    }
    regulatoryNotesCiteOwnSources(claim, new Set(claim.sources.map((s) => s.id)), ctx);
  });
export type UserClaimInput = z.input<typeof userClaimSchema>;

/** A bundled claim file in claims-db/claims/: sources by id from claims-db/sources.json. */
export const claimFileSchema = z
  .object({
    ...claimFields,
    sources: z.array(z.string()).min(1, 'must cite at least one source'),
  })
  .superRefine((claim, ctx) => {
    for (const language of REQUIRED_LANGUAGES) {
      if ((claim.phrasings[language]?.length ?? 0) === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['phrasings', language],
          message: `bundled claims need phrasings in ${REQUIRED_LANGUAGES.join(', ')}`,
        });
      }
    }
    regulatoryNotesCiteOwnSources(claim, new Set(claim.sources), ctx);
  });
export type ClaimFile = z.output<typeof claimFileSchema>;

/** claims-db/sources.json: the brief's references, keyed by their id. */
export const sourceRegistrySchema = z.record(z.string(), sourceSchema.omit({ id: true }));

/** claims-db/trends/<trend>.json: how a trend ingredient is named, and its status per country. */
export const trendFileSchema = z.object({
  trend: z.enum(TRENDS),
  name: text(80),
  triggers: phrasingsSchema,
  regulatory: z.array(regulatoryNoteSchema.extend({ sourceIds: z.array(z.string()).min(1) })),
  sources: z.array(z.string()).default([]),
  reviewed: isoDate,
});
export type TrendFile = z.output<typeof trendFileSchema>;

/** Formats a schema error as one line per problem: `path: message`. */
export function describeIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return `${path || '(root)'}: ${issue.message}`;
  });
}
