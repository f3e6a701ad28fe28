import { useRef, useState, type FormEvent } from 'react';
import { useGraphQLMutation, useGraphQLQuery } from '../../shared/api/query';
import { EDIT_PROJECT_QUERY, MOVE_PROJECT_STATUS } from './queries';
import type { ProjectStatus } from '../../gql/graphql';
import { useSession } from '../session/use-session';
import { useLang } from '../../shared/i18n/context';
import { useEditT } from './messages';
import { enumLabel } from '../../shared/ui/format';
import { notifyGraphEdited } from '../../shared/api/edit-events';
import { EditDialog } from './EditDialog';
import { Field, FormLevelErrors, ProvenanceFields, TextField, useFocusFirstError } from './fields';
import { addError, formField, placeErrors, type FormErrors, type Provenance } from './form-model';
import { PROJECT_STATUSES, isBackwardMove, todayUtc } from './status-order';
import { useEditLists } from './use-edit-lists';
import { failureMessage, isForbidden } from './use-node-form';

/** moveProjectStatus: new stage, its date (partial dates allowed), reason and source. */
function nextStatus(status: ProjectStatus | null): ProjectStatus {
  const i = status ? PROJECT_STATUSES.indexOf(status) : -1;
  return PROJECT_STATUSES[Math.min(i + 1, PROJECT_STATUSES.length - 2)] ?? 'SIGNED';
}

export function StatusDialog({ id, title, onSaved, onClose }: { id: string; title: string; onSaved: () => void; onClose: () => void }) {
  const t = useEditT();
  const lang = useLang();
  const session = useSession();
  const lists = useEditLists();
  const formRef = useRef<HTMLFormElement>(null);
  const project = useGraphQLQuery(EDIT_PROJECT_QUERY, { id }, (d) => d.project);
  const move = useGraphQLMutation(MOVE_PROJECT_STATUS);
  const loaded = project.status === 'ready' ? project.data : null;
  const current = loaded ? { status: loaded.status, asOf: loaded.statusAsOf } : null;
  const loadError =
    project.status === 'error'
      ? isForbidden(project.error)
        ? t.forbidden
        : t.loadError(project.error.message)
      : project.status === 'ready' && !project.data
        ? t.loadError(id)
        : null;
  const [chosen, setStatus] = useState<ProjectStatus | null>(null);
  // Offer the next stage by default: the common move is one step forward.
  const status = chosen ?? nextStatus(current?.status ?? null);
  const [date, setDate] = useState(todayUtc());
  const [prov, setProv] = useState<Provenance>({ source: '', reason: '' });
  const [errors, setErrors] = useState<FormErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const busy = move.isPending;
  useFocusFirstError(formRef, errors);

  const backward = isBackwardMove(current?.status, status);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setErrors({});
    setMessage(null);
    try {
      const d = await move.mutateAsync({
        id,
        status,
        date: date.trim(),
        source: prov.source || null,
        reason: prov.reason.trim() || null,
      });
      const r = d.moveProjectStatus;
      if (r.errors.length === 0) {
        notifyGraphEdited();
        onSaved();
        return;
      }
      const errs = r.errors.reduce<FormErrors>((acc, x) => addError(acc, formField(x.field), { code: x.code, message: x.message }), {});
      setErrors(placeErrors(errs, ['status', 'date', 'reason', 'source']));
    } catch (err) {
      setMessage(failureMessage(err, session, t));
    }
  };

  return (
    <EditDialog title={title} onClose={onClose}>
      {loadError && (
        <p className="form-error" role="alert">
          {loadError}
        </p>
      )}
      {!loadError && (!current || lists.status === 'loading') && <p role="status">{t.loading}</p>}
      {current && lists.status !== 'loading' && (
        <form ref={formRef} onSubmit={submit} noValidate aria-busy={busy} data-testid="status-form">
          <p>{t.currentStatus(current.status ? enumLabel('status', current.status, lang) : '—', current.asOf)}</p>
          <p className="field-hint" id="status-rule">
            {t.backwardRule}
          </p>
          <Field name="status" label={t.f.status} errors={errors}>
            {(p) => (
              <select {...p} value={status} onChange={(e) => setStatus(e.target.value as ProjectStatus)}>
                {PROJECT_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {enumLabel('status', s, lang)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {backward && (
            <p className="backward-note" role="note">
              {t.backwardNow}
            </p>
          )}
          <TextField name="date" label={t.f.date} hint={t.partialDateHint} value={date} onChange={setDate} errors={errors} required />
          <ProvenanceFields value={prov} onChange={setProv} sources={lists.status === 'ready' ? lists.lists.sources : []} errors={errors} />
          <FormLevelErrors errors={errors} message={message} />
          <div className="modal-actions">
            <button type="button" className="secondary" onClick={onClose}>
              {t.cancel}
            </button>
            <button type="submit" disabled={busy}>
              {busy ? t.saving : t.save}
            </button>
          </div>
        </form>
      )}
    </EditDialog>
  );
}
