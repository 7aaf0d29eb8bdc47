import type { ReactNode } from 'react';
import type { Jurisdiction } from '../../claims/vocabulary';
import type { Dispute } from '../../disputes/types';
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
  disputeFor?: (finding: BlockFinding) => Dispute | undefined;
  toolsFor?: (finding: BlockFinding) => ReactNode;
}

/** Every finding, grouped by what the claim is about; the topics with the worst claims first. */
export function FindingsByTopic({ findings, catalog, jurisdiction, focusKey, onShowOnPage, disputeFor, toolsFor }: Props) {
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
          disputeFor={disputeFor}
          toolsFor={toolsFor}
        />
      ))}
    </div>
  );
}
