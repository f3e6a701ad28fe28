import { useId } from 'react';
import type { SavedQueryParam } from '../../shared/api/types';
import { useAnalystT } from './messages';
import { ParamPicker } from './ParamPicker';
import { parseParamType, type RawValue } from './params';

export interface ParamFormProps {
  params: SavedQueryParam[];
  values: Record<string, RawValue>;
  onChange: (name: string, value: RawValue) => void;
  /** Message per parameter name: local checks and the API's `extensions.param`. */
  errors: Record<string, string>;
}

/** One field per declared parameter, typed by its declaration. */
export function ParamForm({ params, values, onChange, errors }: ParamFormProps) {
  const t = useAnalystT();
  const base = useId();
  const withSegments = params.some((p) => p.pick === 'SEGMENT');
  if (params.length === 0) return <p className="analyst-muted">{t.noParams}</p>;
  return (
    <div className="analyst-params">
      {params.map((p) => {
        const { base: type, list, nullable } = parseParamType(p.type);
        const id = `${base}-${p.name}`;
        const error = errors[p.name];
        const errorId = `${id}-error`;
        const value = values[p.name];
        const describedBy = error ? errorId : undefined;
        const label = (
          <label htmlFor={id}>
            <code>{p.name}</code> <span className="analyst-muted">{p.type}</span>
            {p.required && <span className="analyst-required"> *{t.required}</span>}
          </label>
        );
        let input;
        if (p.pick) {
          input = (
            <ParamPicker
              id={id}
              pick={p.pick}
              list={list}
              optional={nullable}
              withSegments={withSegments}
              value={typeof value === 'string' ? value : ''}
              describedBy={describedBy}
              invalid={Boolean(error)}
              onChange={(v) => onChange(p.name, v)}
            />
          );
        } else if (type === 'Boolean' && !list) {
          input = (
            <input
              id={id}
              type="checkbox"
              checked={value === true}
              aria-describedby={describedBy}
              onChange={(e) => onChange(p.name, e.target.checked)}
            />
          );
        } else {
          const numeric = !list && (type === 'Int' || type === 'Float');
          input = (
            <input
              id={id}
              type={numeric ? 'number' : 'text'}
              step={numeric ? (type === 'Int' ? 1 : 'any') : undefined}
              value={typeof value === 'string' ? value : ''}
              placeholder={list ? t.listHint : undefined}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              onChange={(e) => onChange(p.name, e.target.value)}
            />
          );
        }
        return (
          <div key={p.name} className={`analyst-param${error ? ' has-error' : ''}`} data-param={p.name}>
            {label}
            {input}
            {p.description && <small className="analyst-muted">{p.description}</small>}
            {error && (
              <small id={errorId} className="analyst-param-error" role="alert">
                {error}
              </small>
            )}
          </div>
        );
      })}
    </div>
  );
}
