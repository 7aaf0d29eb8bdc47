import type { JurisdictionNotes } from '../catalog/regulatory-notes';
import { JURISDICTION_NAME } from '../labels/jurisdiction-names';
import { TREND_PRODUCT_NAME } from '../labels/trend-names';
import type { Trend } from '../../claims/vocabulary';
import { SourceList } from './SourceList';
import './RegulatoryNotes.css';

interface Props {
  groups: JurisdictionNotes[];
  trend: Trend;
}

/** Regulatory status per country, the reader's country first and marked as theirs. */
export function RegulatoryNotes({ groups, trend }: Props) {
  if (groups.length === 0) return null;
  return (
    <ul className="cl-regulatory" aria-label="Regulatory status by country">
      {groups.map((group) => (
        <li
          key={group.jurisdiction}
          className={`cl-regulatory__country${group.isReadersJurisdiction ? ' is-readers' : ''}`}
          data-jurisdiction={group.jurisdiction}
        >
          <h5 className="cl-regulatory__name">
            {JURISDICTION_NAME[group.jurisdiction]}
            {group.isReadersJurisdiction && <span className="cl-regulatory__yours">Your region</span>}
          </h5>
          {group.notes.map((note, index) => (
            <div key={index} className="cl-regulatory__note">
              {note.scope === 'trend' && (
                <p className="cl-regulatory__scope">Applies to all {TREND_PRODUCT_NAME[trend]} products</p>
              )}
              <p>{note.note}</p>
              <SourceList sources={note.sources} compact />
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}
