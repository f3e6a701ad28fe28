// The project's 产能 rows: product, value, unit and qualifier, added and removed by the editor.
// The whole list goes to the server (it replaces the project's capacities), so the rows are
// index-named (`capacities.0.value`) like the server's field errors.
import { useEditT } from './messages';
import { TextField } from './fields';
import { emptyCapacity, type CapacityRow, type FormErrors } from './form-model';
import { QualifierField } from './QualifierField';

interface Props {
  value: CapacityRow[];
  onChange: (rows: CapacityRow[]) => void;
  errors: FormErrors;
}

export function CapacityFields({ value, onChange, errors }: Props) {
  const t = useEditT();
  const c = t.capacity;
  const setRow = (i: number, patch: Partial<CapacityRow>) => onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="capacity-fields" data-testid="capacity-fields">
      <legend>{c.legend}</legend>
      <p className="field-hint">{value.length ? c.hint : c.none}</p>
      {value.map((row, i) => (
        <div className="capacity-row" key={i} data-testid={`capacity-row-${i}`}>
          <TextField
            name={`capacities.${i}.product`}
            label={c.product}
            value={row.product}
            errors={errors}
            required
            onChange={(x) => setRow(i, { product: x })}
          />
          <TextField
            name={`capacities.${i}.value`}
            label={c.value}
            inputMode="decimal"
            value={row.value}
            errors={errors}
            required
            onChange={(x) => setRow(i, { value: x })}
          />
          <TextField
            name={`capacities.${i}.unit`}
            label={c.unit}
            placeholder={c.unitHint}
            value={row.unit}
            errors={errors}
            required
            onChange={(x) => setRow(i, { unit: x })}
          />
          <QualifierField
            name={`capacities.${i}.qualifier`}
            label={c.qualifier}
            value={row.qualifier}
            errors={errors}
            onChange={(q) => setRow(i, { qualifier: q })}
          />
          <button
            type="button"
            className="secondary capacity-remove"
            aria-label={c.remove(i + 1)}
            title={c.remove(i + 1)}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...value, emptyCapacity()])}>
        + {c.add}
      </button>
    </fieldset>
  );
}
