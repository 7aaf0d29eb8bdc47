// Runtime schemas for every message payload the background receives. Content-script payloads
// are untrusted (the page shapes them): each field is typed and capped. UI payloads come from
// the extension's own pages but are checked all the same, so a bug there cannot store junk.
import type { GetDataType } from '@webext-core/messaging';
import { z } from '../validation/zod';
import { disputeInputSchema } from '../disputes/dispute-input';
import { settingsSchema } from '../settings/settings';
import {
  MAX_BLOCK_ID_LENGTH,
  MAX_BLOCK_TEXT_LENGTH,
  MAX_BLOCKS_PER_MESSAGE,
  MAX_CHECK_TEXT_LENGTH,
  MAX_KEY_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_URL_LENGTH,
} from './limits';
import type { BackgroundToContent, BackgroundToUi, ContentToBackground, UiToBackground } from './protocol';

type PayloadSchemas<Protocol> = { [Type in keyof Protocol]-?: z.ZodType<GetDataType<Protocol[Type]>> };

const url = z.string().max(MAX_URL_LENGTH);
const blockId = z.string().min(1).max(MAX_BLOCK_ID_LENGTH);
const findingKey = z.string().min(1).max(MAX_KEY_LENGTH);
const tabId = z.number().int().nonnegative();
const noData = z.undefined();
const hostname = z.string().min(1).max(253);
const claimIdRef = z.string().min(1).max(80);
const silence = z.object({ hostname, claimId: claimIdRef });
const recordId = z.string().min(1).max(100);

export const contentPayloadSchemas = {
  getPageState: z.object({ url }),
  scanBlocks: z.object({
    url,
    title: z.string().max(MAX_TITLE_LENGTH),
    reset: z.boolean(),
    blocks: z
      .array(z.object({ id: blockId, text: z.string().max(MAX_BLOCK_TEXT_LENGTH) }))
      .max(MAX_BLOCKS_PER_MESSAGE),
  }),
  forgetBlocks: z.object({ blockIds: z.array(blockId).max(MAX_BLOCKS_PER_MESSAGE) }),
  openDetails: z.object({ key: findingKey }),
} satisfies PayloadSchemas<ContentToBackground>;

export const uiPayloadSchemas = {
  getTabFindings: z.object({ tabId }),
  getSettings: noData,
  updateSettings: settingsSchema.partial().strict(),
  setSitePaused: z.object({ hostname, paused: z.boolean() }),
  // The claim itself is validated by the repository, which reports problems field by field.
  saveUserClaim: z.object({ claim: z.unknown(), replaceId: z.string().min(1).max(80).optional() }),
  deleteUserClaim: z.object({ id: z.string().min(1).max(80) }),
  // Its size is checked by the importer, which says how big the file was.
  importUserClaims: z.object({ json: z.string() }),
  exportUserClaims: noData,
  checkText: z.object({ text: z.string().max(MAX_CHECK_TEXT_LENGTH) }),
  showFinding: z.object({ tabId, key: findingKey }),
  getSelectionCheck: noData,
  addDispute: disputeInputSchema,
  deleteDispute: z.object({ id: recordId }),
  exportDisputes: noData,
  silenceClaim: silence,
  unsilenceClaim: silence,
  deleteLogEntries: z.object({ ids: z.array(recordId).max(100_000) }),
  clearResearchLog: noData,
  exportBackup: noData,
  // Its size is checked by the restore, which says how big the file was.
  restoreBackup: z.object({ json: z.string() }),
} satisfies PayloadSchemas<UiToBackground>;

export type ContentMessageType = keyof ContentToBackground;
export type UiMessageType = keyof UiToBackground;

const backgroundToContentTypes = { showFinding: true, refresh: true } satisfies Record<keyof BackgroundToContent, true>;
const backgroundToUiTypes = {
  findingsChanged: true,
  userClaimsChanged: true,
  settingsChanged: true,
  selectionCheckChanged: true,
} satisfies Record<keyof BackgroundToUi, true>;

/** Every message type of the protocol, in any direction. */
export const KNOWN_MESSAGE_TYPES: ReadonlySet<string> = new Set([
  ...Object.keys(contentPayloadSchemas),
  ...Object.keys(uiPayloadSchemas),
  ...Object.keys(backgroundToContentTypes),
  ...Object.keys(backgroundToUiTypes),
]);
