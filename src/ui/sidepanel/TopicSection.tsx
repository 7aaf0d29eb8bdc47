import type { ReactNode } from 'react';
import type { Jurisdiction, TopicId } from '../../claims/vocabulary';
import type { Dispute } from '../../disputes/types';
import type { BlockFinding } from '../../messaging/protocol';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import { topicName } from '../labels/topic-names';
import { FindingCard } from './FindingCard';
import './TopicSection.css';

interface Props {
  topic: TopicId;
  findings: BlockFinding[];
  catalog: ClaimCatalog;
  jurisdiction: Jurisdiction;
  focusKey?: string;
  onShowOnPage?: (key: string) => Promise<boolean>;
  disputeFor?: (finding: BlockFinding) => Dispute | undefined;
  toolsFor?: (finding: BlockFinding) => ReactNode;
}

export function TopicSection({ topic, findings, catalog, jurisdiction, focusKey, onShowOnPage, disputeFor, toolsFor }: Props) {
  const headingId = `cl-topic-${topic}`;
  return (
    <section className="cl-topic" aria-labelledby={headingId} data-topic={topic}>
      <h3 id={headingId} className="cl-topic__title">
        {topicName(topic)}
        <span className="cl-topic__count">{findings.length}</span>
      </h3>
      <div className="cl-topic__findings">
        {findings.map((finding) => {
          const claim = catalog.byId.get(finding.claimId);
          return (
            <FindingCard
              key={finding.key}
              finding={finding}
              claim={claim}
              trend={catalog.trends.get(finding.trend)}
              jurisdiction={jurisdiction}
              emphasised={finding.key === focusKey}
              onShowOnPage={onShowOnPage && (() => onShowOnPage(finding.key))}
              dispute={disputeFor?.(finding)}
              tools={toolsFor?.(finding)}
            />
          );
        })}
      </div>
    </section>
  );
}
