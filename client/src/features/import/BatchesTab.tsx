// Import batches, newest first, each with an undo behind a confirmation. A refused undo lists the
// records later changes touched and offers to undo only the rest (onlySafe); a partial undo shows
// what it took back and what it kept, and the batch, now partly undone, can be undone again.
import { useState } from 'react';
import { isApiError } from '../../shared/api/errors';
import { useLang } from '../../shared/i18n/context';
import type { ImportBatchesQuery } from '../../gql/graphql';
import { useImportT } from './messages';
import { useBatches, useUndoImport } from './use-import';
import { refusedRecords, UndoPartResult, UndoRefusal, type KeptRecord, type UndoOutcome } from './UndoReport';

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
  const [refused, setRefused] = useState<{ batch: Batch; reasons: string; records: KeptRecord[] } | null>(null);
  const [part, setPart] = useState<{ batch: Batch; outcome: UndoOutcome } | null>(null);
  const fmt = (at: string) => new Date(at).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' });

  const run = async (b: Batch, onlySafe = false) => {
    setConfirming(null);
    setMessage(null);
    setRefused(null);
    setPart(null);
    try {
      const r = await undo.undo(b.id, onlySafe);
      if (r.kept.length) setPart({ batch: b, outcome: r });
      else setMessage({ ok: true, text: t.undone(r.deleted, r.restored) });
    } catch (e) {
      const records = isApiError(e) ? refusedRecords(e.graphqlErrors[0]?.extensions) : [];
      if (records.length) setRefused({ batch: b, reasons: refusal(e), records });
      else setMessage({ ok: false, text: `${t.undoRefused} ${refusal(e)}` });
    }
  };

  return (
    <section aria-label={t.batchesTitle} className="import-batches">
      <h3>{t.batchesTitle}</h3>
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
      {refused && (
        <UndoRefusal
          source={refused.batch.source}
          reasons={refused.reasons}
          records={refused.records}
          busy={undo.isPending}
          fmt={fmt}
          onUndoSafe={() => void run(refused.batch, true)}
          onClose={() => setRefused(null)}
        />
      )}
      {part && <UndoPartResult source={part.batch.source} outcome={part.outcome} fmt={fmt} onClose={() => setPart(null)} />}
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
                  <td>
                    {t.statuses[b.status] ?? b.status}
                    {b.kept ? t.keptSuffix(b.kept) : ''}
                  </td>
                  <td>
                    {(b.status === 'committed' || b.status === 'partlyUndone') && (
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
