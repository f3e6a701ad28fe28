// What an undo said: a refusal listing the records later changes touched (who, when, which
// fields), with the offer to undo only the rest; or the outcome of a partial undo — the records
// taken back and those kept, each with its reason.
import type { KeptRecordFieldsFragment, UndoImportMutation } from '../../gql/graphql';
import { useImportT } from './messages';

export type KeptRecord = KeptRecordFieldsFragment;
export type UndoOutcome = UndoImportMutation['undoImport'];

/** The records a refusal names (`extensions.records`), when the server gave them. */
export function refusedRecords(extensions: Record<string, unknown> | undefined): KeptRecord[] {
  const records = extensions?.['records'];
  if (!Array.isArray(records)) return [];
  return records.filter(
    (r): r is KeptRecord =>
      !!r && typeof r === 'object' && typeof (r as KeptRecord).id === 'string' && Array.isArray((r as KeptRecord).fields),
  );
}

function KeptList({ records, fmt }: { records: KeptRecord[]; fmt: (at: string) => string }) {
  const t = useImportT();
  return (
    <ul className="import-records">
      {records.map((r) => (
        <li key={r.id} data-record={r.id}>
          <strong>{r.name ?? r.id}</strong> <code>{r.id}</code> — {t.keptReasons[r.reason] ?? r.reason}
          {t.laterChange({ by: r.by, at: r.at ? fmt(r.at) : null, fields: r.fields, batchId: r.batchId })}
        </li>
      ))}
    </ul>
  );
}

/** A refused undo: why, the records, and the offer to undo only what is safe. */
export function UndoRefusal(props: {
  source: string;
  reasons: string;
  records: KeptRecord[];
  busy: boolean;
  fmt: (at: string) => string;
  onUndoSafe: () => void;
  onClose: () => void;
}) {
  const t = useImportT();
  return (
    <section role="alert" aria-label={t.refusalTitle(props.source)} className="import-undo-report">
      <p>{`${t.undoRefused} ${props.reasons}`}</p>
      {props.records.length > 0 && (
        <>
          <p>{t.refusedRecords}</p>
          <KeptList records={props.records} fmt={props.fmt} />
          <button type="button" className="primary" disabled={props.busy} onClick={props.onUndoSafe}>
            {t.undoSafe}
          </button>{' '}
        </>
      )}
      <button type="button" onClick={props.onClose}>
        {t.close}
      </button>
    </section>
  );
}

/** A partial undo's outcome: what was taken back and what was kept, and why. */
export function UndoPartResult(props: { source: string; outcome: UndoOutcome; fmt: (at: string) => string; onClose: () => void }) {
  const t = useImportT();
  const { outcome } = props;
  return (
    <section role="status" aria-label={t.partResultTitle(props.source)} className="import-undo-report">
      <p>{t.partlyUndone(outcome.deleted, outcome.restored, outcome.kept.length)}</p>
      <h4>{t.undoneList}</h4>
      <ul className="import-records">
        {outcome.undone.map((r) => (
          <li key={r.id} data-record={r.id}>
            <strong>{r.name ?? r.id}</strong> <code>{r.id}</code> — {t.undoneActions[r.action] ?? r.action}
          </li>
        ))}
      </ul>
      <h4>{t.keptList}</h4>
      <KeptList records={outcome.kept} fmt={props.fmt} />
      <button type="button" onClick={props.onClose}>
        {t.close}
      </button>
    </section>
  );
}
