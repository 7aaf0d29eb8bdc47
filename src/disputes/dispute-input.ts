// What a dispute must hold. The side panel's form and the background check the same schema, so
// the form can say which field is wrong before anything is sent.
import { z } from '../validation/zod';
import { MAX_BLOCK_TEXT_LENGTH, MAX_URL_LENGTH } from '../messaging/limits';

export const MAX_DISPUTE_REASON = 2_000;
/** A finding's quote never exceeds its block. */
export const MAX_DISPUTE_QUOTE = MAX_BLOCK_TEXT_LENGTH;
export const MAX_CLAIM_ID_LENGTH = 80;

const httpUrl = (what: string) =>
  z
    .string()
    .trim()
    .max(MAX_URL_LENGTH, `${what} is too long`)
    .refine(isHttpUrl, `${what} must be an http(s) address such as https://example.org/study`);

export const disputeInputSchema = z
  .object({
    claimId: z.string().min(1).max(MAX_CLAIM_ID_LENGTH),
    quote: z.string().min(1).max(MAX_DISPUTE_QUOTE),
    url: httpUrl('the page address'),
    reason: z
      .string()
      .trim()
      .min(1, 'say why you think this finding is wrong')
      .max(MAX_DISPUTE_REASON, `keep the reason under ${MAX_DISPUTE_REASON} characters`),
    sourceUrl: httpUrl('the source').optional(),
  })
  .strict();

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
