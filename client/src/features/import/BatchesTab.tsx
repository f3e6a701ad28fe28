// Import batches, newest first, each with an undo behind a confirmation; a refused undo shows the
// server's reasons (they name the records edited since).
import { useState } from 'react';
import { isApiError } from '../../shared/api/errors';
import { useLang } from '../../shared/i18n/context';
import type { ImportBatchesQuery } from '../../gql/graphql';
import { useImportT } from './messages';
import { useBatches, useUndoImport } from './use-import';

type Batch = ImportBatchesQuery['importBatches'][number];

/** The reasons of a refused undo: `extensions.reasons` when given, else the message. */
function refusal(e: unknown): string {
  if (!isApiError(e)) return String(e);
  const reasons = e.graphqlErrors[0]?.extensions?.['reasons'];
  return Array.isArray(reasons) && reasons.length ? reasons.map(String).join('; ') : e.message;
}

export function BatchesTab() {
  const t = useImportT();
  const lang = useLang();
  const batches = useBatches(true);
  const undo = useUndoImport();
  const [confirming, setConfirming] = useState<Batch | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const fmt = (at: string) => new Date(at).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' });

  const run = async (b: Batch) => {
    setConfirming(null);
    try {
      const r = await undo.undo(b.id);
      setMessage({ ok: true, text: t.undone(r.deleted, r.restored) });
    } catch (e) {
      setMessage({ ok: false, text: `${t.undoRefused} ${refusal(e)}` });
    }
  };

  return (
    <section aria-label={t.batchesTitle} className="import-batches">
      <h3>{t.batchesTitle}</h3>
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
      {batches.status === 'loading' && <p role="status">{t.loading}</p>}
      {batches.status === 'error' && <p role="alert">{`${t.failed}: ${batches.error.message}`}</p>}
      {batches.status === 'ready' && (batches.data ?? []).length === 0 && <p>{t.batchesEmpty}</p>}
      {batches.status === 'ready' && (batches.data ?? []).length > 0 && (
        <div className="import-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.who}</th>
                <th scope="col">{t.source}</th>
                <th scope="col">{t.kind}</th>
                <th scope="col">{`${t.counts['create']} / ${t.counts['update']}`}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.undo}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {(batches.data ?? []).map((b) => (
                <tr key={b.id} data-batch={b.id}>
                  <td>
                    <time dateTime={b.at}>{fmt(b.at)}</time>
                  </td>
                  <td>{b.who}</td>
                  <td>{b.source}</td>
                  <td>{b.kind.replace(/^sheet-/, '')}</td>
                  <td>{`${b.counts.create} / ${b.counts.update}`}</td>
                  <td>{t.statuses[b.status] ?? b.status}</td>
                  <td>
                    {b.status === 'committed' && (
                      <button type="button" disabled={undo.isPending} onClick={() => setConfirming(b)}>
                        {t.undo}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirming && (
        <div role="alertdialog" aria-modal="true" aria-labelledby="undo-confirm-text" className="import-confirm">
          <p id="undo-confirm-text">{t.undoConfirm(confirming.source)}</p>
          <button type="button" className="primary" onClick={() => void run(confirming)}>
            {t.confirm}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(null)} autoFocus>
            {t.cancel}
          </button>
        </div>
      )}
    </section>
  );
}
