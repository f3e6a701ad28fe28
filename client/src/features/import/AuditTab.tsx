// The audit log: who changed what and when, before and after per field, and why; filtered by
// user, record, park, batch and days (the filters live in the URL), exportable to Excel. A change
// an undo made (a record it deleted, put back or unlinked) says which batch it undid.
import { useId, useState } from 'react';
import { downloadWithToken } from '../../shared/api/upload';
import { useLang } from '../../shared/i18n/context';
import { useImportT } from './messages';
import { showValue } from './plan-model';
import { useAuditLog, type AuditFilters } from './use-import';
import { ParkSelect } from '../../shared/ui/ParkSelect';

const FILTER_KEYS = ['by', 'targetId', 'parkId', 'batchId', 'from', 'to'] as const;

function asObject(v: unknown): Record<string, unknown> {
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return {};
    }
  }
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** One line per field the change touched: field, before, after. */
export function fieldChanges(before: unknown, after: unknown): Array<{ field: string; before: string; after: string }> {
  const b = asObject(before);
  const a = asObject(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((k) => ({ field: k, before: showValue(b[k]), after: showValue(a[k]) }));
}

/** The export's address: the same filter names as auditLog's arguments. */
export function exportHref(filters: AuditFilters): string {
  const q = new URLSearchParams();
  for (const k of FILTER_KEYS) if (filters[k]) q.set(k, filters[k]!);
  const s = q.toString();
  return `/audit/export.xlsx${s ? `?${s}` : ''}`;
}

/** The park filter: the shared select (a page at a time, found by name), sent with the form as `parkId`. */
function ParkField({ label, anyLabel, initial }: { label: string; anyLabel: string; initial: string }) {
  const id = useId();
  const [value, setValue] = useState(initial);
  return (
    <div className="import-field">
      <label htmlFor={id}>{label}</label>
      <ParkSelect id={id} name="parkId" value={value} onChange={setValue} noneLabel={anyLabel} />
    </div>
  );
}

export function AuditTab(props: { filters: AuditFilters; onFilters: (f: AuditFilters) => void }) {
  const t = useImportT();
  const lang = useLang();
  const { filters } = props;
  const log = useAuditLog(filters);
  const [message, setMessage] = useState<string | null>(null);
  const fmt = (at: string) => new Date(at).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section aria-label={t.auditTitle} className="import-audit">
      <h3>{t.auditTitle}</h3>
      <form
        className="import-form"
        aria-label={t.filters}
        key={JSON.stringify(filters)}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const next: AuditFilters = {};
          for (const k of FILTER_KEYS) {
            const v = String(data.get(k) ?? '').trim();
            if (v) next[k] = v;
          }
          props.onFilters(next);
        }}
      >
        <label>
          <span>{t.by}</span>
          <input name="by" defaultValue={filters.by ?? ''} />
        </label>
        <label>
          <span>{t.targetId}</span>
          <input name="targetId" defaultValue={filters.targetId ?? ''} />
        </label>
        <ParkField label={t.park} anyLabel={t.anyPark} initial={filters.parkId ?? ''} />
        <label>
          <span>{t.batch}</span>
          <input name="batchId" defaultValue={filters.batchId ?? ''} />
        </label>
        <label>
          <span>{t.from}</span>
          <input type="date" name="from" defaultValue={filters.from ?? ''} />
        </label>
        <label>
          <span>{t.to}</span>
          <input type="date" name="to" defaultValue={filters.to ?? ''} />
        </label>
        <button type="submit">{t.filters}</button>
        <button type="button" onClick={() => props.onFilters({})}>
          {t.clear}
        </button>
        <button
          type="button"
          onClick={() => {
            setMessage(null);
            downloadWithToken(exportHref(filters), 'audit.xlsx').catch((e: unknown) =>
              setMessage(t.downloadFailed(e instanceof Error ? e.message : String(e))),
            );
          }}
        >
          {t.export}
        </button>
      </form>
      {message && <p role="alert">{message}</p>}
      {log.status === 'loading' && <p role="status">{t.loading}</p>}
      {log.status === 'error' && <p role="alert">{`${t.failed}: ${log.error.message}`}</p>}
      {log.status === 'ready' && (log.data ?? []).length === 0 && <p>{t.auditEmpty}</p>}
      {log.status === 'ready' && (log.data ?? []).length > 0 && (
        <ol className="import-audit-list">
          {(log.data ?? []).map((c) => (
            <li key={c.id} data-testid="audit-entry" data-target={c.targetId}>
              <div>
                <strong>{t.auditActions[c.action] ?? c.action}</strong> · {c.targetLabel} <code>{c.targetId}</code> · {c.by} ·{' '}
                <time dateTime={c.at}>{fmt(c.at)}</time>
                {c.batchId && (
                  <>
                    {' · '}
                    {t.batch} <code>{c.batchId}</code>
                  </>
                )}
                {c.undoOf && (
                  <>
                    {' · '}
                    <span data-testid="audit-undo">
                      {t.undoOf} <code>{c.undoOf}</code>
                    </span>
                  </>
                )}
              </div>
              {c.reason && <div>{c.reason}</div>}
              <div className="import-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t.field}</th>
                      <th scope="col">{t.before}</th>
                      <th scope="col">{t.after}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {fieldChanges(c.before, c.after).map((f) => (
                      <tr key={f.field}>
                        <td>{f.field}</td>
                        <td>{f.before || t.empty}</td>
                        <td>{f.after || t.empty}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
