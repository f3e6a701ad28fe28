import { useGraphQLMutation } from '../../shared/api/query';
import { DELETE_ENTERPRISE, DELETE_PROJECT } from './queries';
import { useEditT } from './messages';
import { EditDialog } from './EditDialog';
import { ChangeFooter } from './fields';
import { useAuditedChange } from './use-audited-change';

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
  const deleteEnterprise = useGraphQLMutation(DELETE_ENTERPRISE);
  const deleteProject = useGraphQLMutation(DELETE_PROJECT);
  const busy = deleteEnterprise.isPending || deleteProject.isPending;
  const { formRef, submitWith, footer } = useAuditedChange({
    busy,
    known: ['reason', 'source'],
    onDone: onDeleted,
  });
  const submit = submitWith(async (p) => {
    const vars = { id, ...p };
    return kind === 'enterprise'
      ? (await deleteEnterprise.mutateAsync(vars)).deleteEnterprise
      : (await deleteProject.mutateAsync(vars)).deleteProject;
  });

  return (
    <EditDialog title={t.titleDelete(name)} onClose={onClose}>
      <form ref={formRef} onSubmit={submit} noValidate aria-busy={busy} data-testid="delete-form">
        <p className="delete-warning">{t.deleteWarning(name)}</p>
        <ChangeFooter {...footer} onCancel={onClose} submit={{ label: t.confirmDelete, busy: t.deleting }} danger />
      </form>
    </EditDialog>
  );
}
