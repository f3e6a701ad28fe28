import type { Qualifier } from '../../gql/graphql';
import { useEditT } from './messages';
import { Field } from './fields';
import type { FormErrors } from './form-model';
import { QUALIFIERS } from './qualifiers';

/** A number's qualifier (约, 超过 …) as a select; `none` adds an empty first choice for "no qualifier". */
export function QualifierField<T extends Qualifier | ''>({
  name,
  label,
  value,
  onChange,
  errors,
  none,
}: {
  name: string;
  label: string;
  value: T;
  onChange: (q: T) => void;
  errors: FormErrors;
  none?: string;
}) {
  const t = useEditT();
  return (
    <Field name={name} label={label} errors={errors}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {none !== undefined && <option value="">{none}</option>}
          {QUALIFIERS.map((q) => (
            <option key={q} value={q}>
              {t.qualifier[q]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
