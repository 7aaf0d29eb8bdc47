import type { Jurisdiction } from '../../claims/vocabulary';
import type { BlockFinding } from '../../messaging/protocol';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import { groupByTopic } from '../findings/finding-order';
import { TopicSection } from './TopicSection';
import './FindingsByTopic.css';

interface Props {
  findings: BlockFinding[];
  catalog: ClaimCatalog;
  jurisdiction: Jurisdiction;
  focusKey?: string;
  onShowOnPage?: (key: string) => Promise<boolean>;
}

/** Every finding, grouped by what the claim is about; the topics with the worst claims first. */
export function FindingsByTopic({ findings, catalog, jurisdiction, focusKey, onShowOnPage }: Props) {
  return (
    <div className="cl-findings-by-topic">
      {groupByTopic(findings).map((group) => (
        <TopicSection
          key={group.topic}
          topic={group.topic}
          findings={group.findings}
          catalog={catalog}
          jurisdiction={jurisdiction}
          focusKey={focusKey}
          onShowOnPage={onShowOnPage}
        />
      ))}
    </div>
  );
}
