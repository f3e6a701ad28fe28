import { useRef, useState, type FormEvent } from 'react';
import { useGraphQLMutation } from '../../shared/api/query';
import { DELETE_ENTERPRISE, DELETE_PROJECT } from './queries';
import { useSession } from '../session/use-session';
import { useEditT } from './messages';
import { notifyGraphEdited } from '../../shared/api/edit-events';
import { EditDialog } from './EditDialog';
import { FormLevelErrors, ProvenanceFields, useFocusFirstError } from './fields';
import { addError, formField, placeErrors, type FormErrors, type Provenance } from './form-model';
import { useEditLists } from './use-edit-lists';
import { failureMessage } from './use-node-form';

/** Asks before deleting, with the reason and source the audit record keeps. */
export function DeleteDialog({
  kind,
  id,
  name,
  onDeleted,
  onClose,
}: {
  kind: 'enterprise' | 'project';
  id: string;
  name: string;
  onDeleted: () => void;
  onClose: () => void;
}) {
  const t = useEditT();
  const session = useSession();
  const lists = useEditLists();
  const formRef = useRef<HTMLFormElement>(null);
  const [prov, setProv] = useState<Provenance>({ source: '', reason: '' });
  const [errors, setErrors] = useState<FormErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const deleteEnterprise = useGraphQLMutation(DELETE_ENTERPRISE);
  const deleteProject = useGraphQLMutation(DELETE_PROJECT);
  const busy = deleteEnterprise.isPending || deleteProject.isPending;
  useFocusFirstError(formRef, errors);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setErrors({});
    setMessage(null);
    try {
      const vars = { id, source: prov.source || null, reason: prov.reason.trim() || null };
      const r =
        kind === 'enterprise'
          ? (await deleteEnterprise.mutateAsync(vars)).deleteEnterprise
          : (await deleteProject.mutateAsync(vars)).deleteProject;
      if (r.errors.length === 0) {
        notifyGraphEdited();
        onDeleted();
        return;
      }
      const errs = r.errors.reduce<FormErrors>((acc, x) => addError(acc, formField(x.field), { code: x.code, message: x.message }), {});
      setErrors(placeErrors(errs, ['reason', 'source']));
    } catch (err) {
      setMessage(failureMessage(err, session, t));
    }
  };

  return (
    <EditDialog title={t.titleDelete(name)} onClose={onClose}>
      <form ref={formRef} onSubmit={submit} noValidate aria-busy={busy} data-testid="delete-form">
        <p className="delete-warning">{t.deleteWarning(name)}</p>
        <ProvenanceFields value={prov} onChange={setProv} sources={lists.status === 'ready' ? lists.lists.sources : []} errors={errors} />
        <FormLevelErrors errors={errors} message={message} />
        <div className="modal-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {t.cancel}
          </button>
          <button type="submit" className="danger" disabled={busy}>
            {busy ? t.deleting : t.confirmDelete}
          </button>
        </div>
      </form>
    </EditDialog>
  );
}
