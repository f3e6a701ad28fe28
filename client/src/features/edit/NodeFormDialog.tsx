import { useRef, type FormEvent, type ReactNode } from 'react';
import { useEditT } from './messages';
import { EditDialog } from './EditDialog';
import { ChangeFooter, useFocusFirstError } from './fields';
import { useEditLists, type EditLists } from './use-edit-lists';
import type { useNodeForm } from './use-node-form';

interface NodeFormDialogProps<V> {
  title: string;
  onClose: () => void;
  form: ReturnType<typeof useNodeForm<V>>;
  testId: string;
  /** The node's own fields, drawn once the node and the pick lists are loaded. */
  children: (lists: EditLists) => ReactNode;
}

/**
 * The frame every node form shares: loading and error states for the node and the pick lists,
 * submit (once at a time, focus on the first refusal), source and reason, the form-level
 * message, and Cancel / Save.
 */
export function NodeFormDialog<V>({ title, onClose, form, testId, children }: NodeFormDialogProps<V>) {
  const t = useEditT();
  const lists = useEditLists();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, form.errors);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (form.busy) return;
    await form.submit();
  };

  return (
    <EditDialog title={title} onClose={onClose} wide>
      {(form.loadState.status === 'loading' || lists.status === 'loading') && <p role="status">{t.loading}</p>}
      {form.loadState.status === 'error' && (
        <p className="form-error" role="alert">
          {form.loadState.message}
        </p>
      )}
      {lists.status === 'error' && (
        <p className="form-error" role="alert">
          {t.loadError(String(lists.error))}
        </p>
      )}
      {form.loadState.status === 'ready' && lists.status === 'ready' && (
        <form ref={formRef} onSubmit={submit} noValidate aria-busy={form.busy} data-testid={testId}>
          {children(lists.lists)}
          <ChangeFooter
            provenance={form.provenance}
            onProvenance={form.setProvenance}
            sources={lists.lists.sources}
            errors={form.errors}
            message={form.message}
            busy={form.busy}
            onCancel={onClose}
            submit={{ label: t.save, busy: t.saving }}
          />
        </form>
      )}
    </EditDialog>
  );
}
