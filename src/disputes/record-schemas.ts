// The shapes of stored disputes and silences, checked when a backup is restored.
import { z } from '../validation/zod';
import { disputeInputSchema } from './dispute-input';
import type { Dispute, Silence } from './types';

const timestamp = z.number().int().nonnegative();

export const disputeSchema = z
  .object({ id: z.string().min(1).max(100), ...disputeInputSchema.shape, at: timestamp })
  .strict() satisfies z.ZodType<Dispute>;

export const silenceSchema = z
  .object({
    hostname: z
      .string()
      .min(1)
      .max(253)
      .regex(/^[^\sA-Z/:@]+$/, 'must be a lowercase hostname such as www.example.com'),
    claimId: z.string().min(1).max(80),
    at: timestamp,
  })
  .strict() satisfies z.ZodType<Silence>;
