// Labelled inputs that show their own refusals: each error sits under its input, is announced
// through aria-describedby, and marks the input aria-invalid (the form focuses the first one).
import { useEffect, useId, type ReactNode, type RefObject } from 'react';
import type { EditSourcesQuery } from '../../gql/graphql';
import { useEditT, type EditMessages } from './messages';
import { useLang } from '../../shared/i18n/context';
import type { FieldIssue, FormErrors, Provenance } from './form-model';

export function issueText(issue: FieldIssue, t: EditMessages, lang: string): string {
  if (issue.code === 'CLIENT_NUMBER') return t.notNumber;
  if (issue.code === 'CLIENT_REQUIRED') return t.required;
  const local = t.code[issue.code as keyof EditMessages['code']];
  // The server's message is English and the most precise; Chinese readers get the code in words first.
  if (!local) return issue.message;
  return lang === 'en' ? issue.message : `${local}（${issue.message}）`;
}

export function FieldErrors({ id, issues }: { id: string; issues: FieldIssue[] | undefined }) {
  const t = useEditT();
  const lang = useLang();
  if (!issues || issues.length === 0) return null;
  return (
    <ul id={id} className="field-errors" data-testid={`errors-${id}`}>
      {issues.map((issue, i) => (
        <li key={i}>{issueText(issue, t, lang)}</li>
      ))}
    </ul>
  );
}

interface FieldProps {
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
  errors: FormErrors;
  className?: string;
  children: (props: { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
}

/** Label, control, hint and errors; `children` renders the control with the ids wired up. */
export function Field({ name, label, required, hint, errors, className, children }: FieldProps) {
  const id = useId();
  const issues = errors[name];
  const hintId = `${id}-hint`;
  const errId = `${id}-err`;
  const describedBy = [hint ? hintId : '', issues?.length ? errId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`edit-field${className ? ` ${className}` : ''}`} data-field={name}>
      {/* The mark is CSS: the input's own `required` tells assistive technology. */}
      <label htmlFor={id} className={required ? 'required' : undefined}>
        {label}
      </label>
      {children({ id, name, 'aria-invalid': !!issues?.length, 'aria-describedby': describedBy })}
      {hint && (
        <small id={hintId} className="field-hint">
          {hint}
        </small>
      )}
      <FieldErrors id={errId} issues={issues} />
    </div>
  );
}

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: FormErrors;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  inputMode?: 'decimal' | 'text';
  placeholder?: string;
  className?: string;
}

export function TextField({
  name,
  label,
  value,
  onChange,
  errors,
  hint,
  required,
  multiline,
  inputMode,
  placeholder,
  className,
}: TextFieldProps) {
  return (
    <Field name={name} label={label} required={required} hint={hint} errors={errors} className={className}>
      {(p) =>
        multiline ? (
          <textarea {...p} rows={2} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input
            {...p}
            value={value}
            required={required}
            inputMode={inputMode}
            placeholder={placeholder}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

type SourceOption = EditSourcesQuery['sources'][number];

/** Where the edit comes from (a Source, or 手工录入) and why: every mutation records both. */
export function ProvenanceFields({
  value,
  onChange,
  sources,
  errors,
  reasonHint,
}: {
  value: Provenance;
  onChange: (v: Provenance) => void;
  sources: SourceOption[];
  errors: FormErrors;
  reasonHint?: string;
}) {
  const t = useEditT();
  const lang = useLang();
  return (
    <fieldset className="edit-provenance">
      <Field name="source" label={t.f.source} hint={t.sourceHint} errors={errors}>
        {(p) => (
          <select {...p} value={value.source} onChange={(e) => onChange({ ...value, source: e.target.value })}>
            <option value="">{t.sourceByHand}</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {(lang === 'en' ? (s.titleEn ?? s.title) : s.title) +
                  (s.publisher ? ` · ${s.publisher}` : '') +
                  (s.date ? ` · ${s.date}` : '')}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        name="reason"
        label={t.f.reason}
        hint={reasonHint ?? t.reasonHint}
        value={value.reason}
        errors={errors}
        multiline
        onChange={(reason) => onChange({ ...value, reason })}
      />
    </fieldset>
  );
}

/** Errors of no input (an unknown field, a network failure) above the buttons. */
/** The end of every editing form: the change's reason and source, the form-level errors, Cancel and the submit button. */
export function ChangeFooter({
  provenance,
  onProvenance,
  sources,
  errors,
  message,
  busy,
  onCancel,
  submit,
  danger,
}: {
  provenance: Provenance;
  onProvenance: (v: Provenance) => void;
  sources: SourceOption[];
  errors: FormErrors;
  message: string | null;
  busy: boolean;
  onCancel: () => void;
  /** The submit button's words, and its words while the request runs. */
  submit: { label: string; busy: string };
  /** A destructive change (delete): the button is drawn as such. */
  danger?: boolean;
}) {
  const t = useEditT();
  return (
    <>
      <ProvenanceFields value={provenance} onChange={onProvenance} sources={sources} errors={errors} />
      <FormLevelErrors errors={errors} message={message} />
      <div className="modal-actions">
        <button type="button" className="secondary" onClick={onCancel}>
          {t.cancel}
        </button>
        <button type="submit" className={danger ? 'danger' : undefined} disabled={busy}>
          {busy ? submit.busy : submit.label}
        </button>
      </div>
    </>
  );
}

export function FormLevelErrors({ errors, message }: { errors: FormErrors; message: string | null }) {
  const t = useEditT();
  const lang = useLang();
  const general = errors[''] ?? [];
  const count = Object.entries(errors).filter(([k, v]) => k !== '' && v.length > 0).length;
  if (!message && general.length === 0 && count === 0) return null;
  return (
    <div className="form-error" role="alert">
      {message && <p>{message}</p>}
      {general.map((g, i) => (
        <p key={i}>{issueText(g, t, lang)}</p>
      ))}
      {count > 0 && <p>{t.errorCount(count)}</p>}
    </div>
  );
}

/** After a refused save: focus the first input marked invalid (in reading order). */
export function focusFirstError(form: HTMLElement | null): void {
  const el = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  el?.focus();
}

/** Runs after React has marked the inputs: each new set of refusals moves focus to the first. */
export function useFocusFirstError(form: RefObject<HTMLElement | null>, errors: FormErrors): void {
  useEffect(() => {
    if (Object.keys(errors).length > 0) focusFirstError(form.current);
  }, [form, errors]);
}
