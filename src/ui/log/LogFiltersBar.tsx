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

interface FilterSelectProps {
  label: string;
  value: string | undefined;
  /** [value, label] pairs. */
  options: readonly (readonly [string, string])[];
  /** '' when "Any" is chosen. */
  onChange: (value: string) => void;
}

function FilterSelect({ label, value, options, onChange }: FilterSelectProps) {
  return (
    <label>
      <span>{label}</span>
      <select className="cl-input" value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        <option value="">Any {label.toLowerCase()}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
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
      <FilterSelect
        label="Topic"
        value={filters.topic}
        options={[...TOPIC_IDS].sort((a, b) => topicName(a).localeCompare(topicName(b))).map((topic) => [topic, topicName(topic)])}
        onChange={(topic) => set('topic', topic as TopicId | '')}
      />
      <FilterSelect
        label="Verdict"
        value={filters.verdict}
        options={VERDICTS.map((verdict) => [verdict, VERDICT_LABEL[verdict]])}
        onChange={(verdict) => set('verdict', verdict as Verdict | '')}
      />
      <FilterSelect
        label="Trend"
        value={filters.trend}
        options={TRENDS.map((trend) => [trend, TREND_SHORT_NAME[trend]])}
        onChange={(trend) => set('trend', trend as Trend | '')}
      />
      <FilterSelect label="Site" value={filters.site} options={sites.map((site) => [site, site])} onChange={(site) => set('site', site)} />
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
