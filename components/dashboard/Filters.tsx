import { ITEM_STATUSES, type ItemStatus } from '@/lib/db/statuses';
import { SITE_IDS, type SiteId } from '@/lib/sites/types';
import { SITE_LABELS } from './format';

export interface Filter {
  /** Local dates in the reports' time zone, both included. */
  from: string;
  to: string;
  site: SiteId | '';
  /** Applies to the items table and exports; report figures count every status. */
  status: ItemStatus | '';
}

export function Filters({ filter, onChange }: { filter: Filter; onChange(next: Filter): void }) {
  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        From <input type="date" value={filter.from} max={filter.to} onChange={(e) => e.target.value && onChange({ ...filter, from: e.target.value })} />
      </label>
      <label>
        To <input type="date" value={filter.to} min={filter.from} onChange={(e) => e.target.value && onChange({ ...filter, to: e.target.value })} />
      </label>
      <label>
        Site{' '}
        <select value={filter.site} onChange={(e) => onChange({ ...filter, site: e.target.value as Filter['site'] })}>
          <option value="">All sites</option>
          {SITE_IDS.map((s) => (
            <option key={s} value={s}>{SITE_LABELS[s]}</option>
          ))}
        </select>
      </label>
      <label>
        Status{' '}
        <select value={filter.status} onChange={(e) => onChange({ ...filter, status: e.target.value as Filter['status'] })}>
          <option value="">Any status</option>
          {ITEM_STATUSES.map((s) => (
            <option key={s} value={s}>{s}</option>
          ))}
        </select>
      </label>
    </form>
  );
}
