// The scan handler's one call into the research log. Logging is a side record: when it fails,
// the page still gets its highlights and the failure goes to the background's console.
import type { TabFindings } from '../messaging/protocol';
import type { ResearchLogRecorder } from './research-log-recorder';

export async function logPageVisit(recorder: ResearchLogRecorder, page: TabFindings, at: number): Promise<void> {
  try {
    await recorder.record(page, at);
  } catch (error) {
    console.error(`[ClaimLens] could not write the research log for tab ${page.tabId}`, error);
  }
}
