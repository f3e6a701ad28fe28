// State shared by the dialogs that make one audited change (delete a node, move a project's
// status): the lists of sources, the reason and source the audit record keeps, the server's refusals placed by
// field, and the message of a request that failed as a whole.
import { useRef, useState, type FormEvent } from 'react';
import { useSession } from '../session/use-session';
import { useEditT } from './messages';
import { notifyGraphEdited } from '../../shared/api/edit-events';
import { useFocusFirstError } from './fields';
import { addError, formField, placeErrors, type FormErrors, type Provenance } from './form-model';
import { failureMessage } from './use-node-form';
import { useEditLists } from './use-edit-lists';

/** The provenance as the mutations take it: empty means none. */
export interface ProvenanceVars {
  source: string | null;
  reason: string | null;
}

interface Refusal {
  field: string;
  code: string;
  message: string;
}

interface Options {
  busy: boolean;
  /** The inputs the dialog shows, so a refusal of any other field is shown above the buttons. */
  known: readonly string[];
  onDone: () => void;
}

export function useAuditedChange({ busy, known, onDone }: Options) {
  const t = useEditT();
  const session = useSession();
  const lists = useEditLists();
  const formRef = useRef<HTMLFormElement>(null);
  const [prov, setProv] = useState<Provenance>({ source: '', reason: '' });
  const [errors, setErrors] = useState<FormErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  useFocusFirstError(formRef, errors);

  /** The form's submit handler: `send` makes the change with the provenance and returns its refusals. */
  const submitWith = (send: (p: ProvenanceVars) => Promise<{ errors: readonly Refusal[] }>) => async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setErrors({});
    setMessage(null);
    try {
      const r = await send({ source: prov.source || null, reason: prov.reason.trim() || null });
      if (r.errors.length === 0) {
        notifyGraphEdited();
        onDone();
        return;
      }
      const errs = r.errors.reduce<FormErrors>((acc, x) => addError(acc, formField(x.field), { code: x.code, message: x.message }), {});
      setErrors(placeErrors(errs, known));
    } catch (err) {
      setMessage(failureMessage(err, session, t));
    }
  };

  // What ChangeFooter needs of this state, spread into it by the dialog.
  const footer = {
    provenance: prov,
    onProvenance: setProv,
    sources: lists.status === 'ready' ? lists.lists.sources : [],
    errors,
    message,
    busy,
  };
  return { formRef, lists, errors, submitWith, footer };
}
