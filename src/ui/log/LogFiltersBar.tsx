import { TOPIC_IDS, TRENDS, VERDICTS, type TopicId, type Trend, type Verdict } from '../../claims/vocabulary';
import { VERDICT_LABEL } from '../../claims/verdict-display';
import { isDay, type LogFilters } from '../../research-log/log-filters';
import { topicName } from '../labels/topic-names';
import { TREND_SHORT_NAME } from '../labels/trend-names';
import './LogFiltersBar.css';

interface Props {
  filters: LogFilters;
  onChange: (filters: LogFilters) => void;
  query: string;
  onQueryChange: (query: string) => void;
  /** The sites in the log. */
  sites: readonly string[];
}

/** Every filter is optional; "Any" removes it. */
export function LogFiltersBar({ filters, onChange, query, onQueryChange, sites }: Props) {
  const set = <K extends keyof LogFilters>(key: K, value: LogFilters[K] | '') => {
    const next = { ...filters };
    if (value === '' || value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const hasFilters = Object.keys(filters).length > 0 || query !== '';

  return (
    <div className="cl-log-filters" role="search" aria-label="Filter the research log">
      <label className="cl-log-filters__search">
        <span>Search</span>
        <input
          type="search"
          className="cl-input"
          placeholder="Words from a quote, a page title or an address"
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
        />
      </label>
      <label>
        <span>Topic</span>
        <select className="cl-input" value={filters.topic ?? ''} onChange={(event) => set('topic', event.target.value as TopicId | '')}>
          <option value="">Any topic</option>
          {[...TOPIC_IDS].sort((a, b) => topicName(a).localeCompare(topicName(b))).map((topic) => (
            <option key={topic} value={topic}>
              {topicName(topic)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Verdict</span>
        <select className="cl-input" value={filters.verdict ?? ''} onChange={(event) => set('verdict', event.target.value as Verdict | '')}>
          <option value="">Any verdict</option>
          {VERDICTS.map((verdict) => (
            <option key={verdict} value={verdict}>
              {VERDICT_LABEL[verdict]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Trend</span>
        <select className="cl-input" value={filters.trend ?? ''} onChange={(event) => set('trend', event.target.value as Trend | '')}>
          <option value="">Any trend</option>
          {TRENDS.map((trend) => (
            <option key={trend} value={trend}>
              {TREND_SHORT_NAME[trend]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Site</span>
        <select className="cl-input" value={filters.site ?? ''} onChange={(event) => set('site', event.target.value)}>
          <option value="">Any site</option>
          {sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>From</span>
        <input
          type="date"
          className="cl-input"
          value={filters.from ?? ''}
          onChange={(event) => set('from', isDay(event.target.value) ? event.target.value : '')}
        />
      </label>
      <label>
        <span>To</span>
        <input
          type="date"
          className="cl-input"
          value={filters.to ?? ''}
          onChange={(event) => set('to', isDay(event.target.value) ? event.target.value : '')}
        />
      </label>
      {hasFilters && (
        <button
          type="button"
          className="cl-button cl-button--quiet cl-log-filters__clear"
          onClick={() => {
            onChange({});
            onQueryChange('');
          }}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
