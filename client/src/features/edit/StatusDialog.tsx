import { useState } from 'react';
import { useGraphQLMutation, useGraphQLQuery } from '../../shared/api/query';
import { EDIT_PROJECT_QUERY, MOVE_PROJECT_STATUS } from './queries';
import type { ProjectStatus } from '../../gql/graphql';
import { useLang } from '../../shared/i18n/context';
import { useEditT } from './messages';
import { enumLabel } from '../../shared/ui/format';
import { EditDialog } from './EditDialog';
import { ChangeFooter, Field, TextField } from './fields';
import { PROJECT_STATUSES, isBackwardMove, todayUtc } from './status-order';
import { isForbidden } from './use-node-form';
import { useAuditedChange } from './use-audited-change';

/** moveProjectStatus: new stage, its date (partial dates allowed), reason and source. */
function nextStatus(status: ProjectStatus | null): ProjectStatus {
  const i = status ? PROJECT_STATUSES.indexOf(status) : -1;
  return PROJECT_STATUSES[Math.min(i + 1, PROJECT_STATUSES.length - 2)] ?? 'SIGNED';
}

export function StatusDialog({ id, title, onSaved, onClose }: { id: string; title: string; onSaved: () => void; onClose: () => void }) {
  const t = useEditT();
  const lang = useLang();
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
  const busy = move.isPending;
  const { formRef, lists, errors, submitWith, footer } = useAuditedChange({
    busy,
    known: ['status', 'date', 'reason', 'source'],
    onDone: onSaved,
  });

  const backward = isBackwardMove(current?.status, status);

  const submit = submitWith(async (p) => (await move.mutateAsync({ id, status, date: date.trim(), ...p })).moveProjectStatus);

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
          <ChangeFooter {...footer} onCancel={onClose} submit={{ label: t.save, busy: t.saving }} />
        </form>
      )}
    </EditDialog>
  );
}
