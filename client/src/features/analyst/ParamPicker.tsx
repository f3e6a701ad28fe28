// Pickers for saved-query parameters that name something (`@chain`, `@park`, `@segment`,
// `@enterprise`, `@role` in the query's header): the analyst chooses by name, the query still
// gets the id. The form's raw value stays text (ids; roles joined with commas) so links, defaults
// and the free-text fallback keep working the same way.
import { useId } from 'react';
import type { ParamPick } from '../../gql/graphql';
import { useGraphQLQuery } from '../../shared/api/query';
import { useDebounced } from '../../shared/hooks/use-debounced';
import { useLang } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { ENTERPRISE_ROLES, enumLabel } from '../../shared/ui/format';
import { ParkSelect } from '../../shared/ui/ParkSelect';
import { useAnalystT } from './messages';
import { PICK_ENTERPRISE_QUERY, PICK_OPTIONS_QUERY } from './queries';

export interface PickerProps {
  id: string;
  pick: ParamPick;
  list: boolean;
  /** Nullable: the empty choice ("all", sent as null) is offered. */
  optional: boolean;
  value: string;
  onChange: (value: string) => void;
  describedBy?: string;
  invalid?: boolean;
  /** Some picker of the form lists segments: every picker asks the same, so one request serves all. */
  withSegments: boolean;
}

export function ParamPicker(props: PickerProps) {
  if (props.pick === 'ROLE') return <RolePicker {...props} />;
  if (props.pick === 'ENTERPRISE') return <EnterprisePicker {...props} />;
  if (props.pick === 'PARK') return <ParkPicker {...props} />;
  return <ListPicker {...props} />;
}

type Option = { id: string; label: string; group?: string };

function useOptions(pick: ParamPick, withSegments: boolean): { options: Option[] | null; failed: boolean } {
  const lang = useLang();
  const state = useGraphQLQuery(PICK_OPTIONS_QUERY, { segments: withSegments }, (r) => r);
  if (state.status !== 'ready' || !state.data) return { options: null, failed: state.status === 'error' };
  const { chains } = state.data;
  if (pick === 'CHAIN') return { options: chains.map((c) => ({ id: c.id, label: localName(c, lang) })), failed: false };
  const options = chains.flatMap((c) =>
    [...(c.segments ?? [])]
      .sort((a, b) => a.order - b.order)
      .map((s) => ({ id: s.id, label: (s.parentId ? '　└ ' : '') + localName(s, lang), group: localName(c, lang) })),
  );
  return { options, failed: false };
}

function ListPicker({ id, pick, optional, value, onChange, describedBy, invalid, withSegments }: PickerProps) {
  const t = useAnalystT();
  const { options, failed } = useOptions(pick, withSegments);
  if (failed) return <FreeText id={id} value={value} onChange={onChange} describedBy={describedBy} invalid={invalid} />;
  const known = options ?? [];
  // A value from a link or a default stays selectable before (or without) its option.
  const shown = value && !known.some((o) => o.id === value) ? [{ id: value, label: value }, ...known] : known;
  const groups = [...new Set(shown.map((o) => o.group))];
  const render = (o: Option) => (
    <option key={o.id} value={o.id}>
      {o.label}
    </option>
  );
  return (
    <select
      id={id}
      value={value}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      aria-busy={options === null || undefined}
      onChange={(e) => onChange(e.target.value)}
    >
      {(optional || !value) && <option value="">{options === null ? t.pickLoading : optional ? t.pickAll : ''}</option>}
      {groups.map((g) =>
        g === undefined ? (
          shown.filter((o) => o.group === undefined).map(render)
        ) : (
          <optgroup key={g} label={g}>
            {shown.filter((o) => o.group === g).map(render)}
          </optgroup>
        ),
      )}
    </select>
  );
}

/** Parks: the shared select, a page at a time with a name filter (a national graph has thousands). */
function ParkPicker({ id, optional, value, onChange, describedBy, invalid }: PickerProps) {
  const t = useAnalystT();
  return (
    <ParkSelect
      id={id}
      value={value}
      onChange={onChange}
      noneLabel={optional || !value ? (optional ? t.pickAll : '') : undefined}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    />
  );
}

function RolePicker({ id, list, optional, value, onChange, describedBy }: PickerProps) {
  const t = useAnalystT();
  const lang = useLang();
  const chosen = value
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const stored = ENTERPRISE_ROLES.map((r) => ({ value: r.toLowerCase(), label: enumLabel('role', r, lang) }));
  if (!list) {
    return (
      <select id={id} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
        {(optional || !value) && <option value="">{optional ? t.pickAll : ''}</option>}
        {stored.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
    );
  }
  const toggle = (role: string, on: boolean) =>
    onChange(
      stored
        .map((r) => r.value)
        .filter((r) => (r === role ? on : chosen.includes(r)))
        .join(', '),
    );
  return (
    <div id={id} role="group" className="analyst-picks" aria-describedby={describedBy}>
      {stored.map((r) => (
        <label key={r.value}>
          <input type="checkbox" checked={chosen.includes(r.value)} onChange={(e) => toggle(r.value, e.target.checked)} /> {r.label}
        </label>
      ))}
    </div>
  );
}

function EnterprisePicker({ id, value, onChange, describedBy, invalid }: PickerProps) {
  const t = useAnalystT();
  const lang = useLang();
  const listId = useId();
  const text = useDebounced(value.trim(), 250);
  const found = useGraphQLQuery(PICK_ENTERPRISE_QUERY, text ? { text } : null, (r) => r.search.edges.map((e) => e.node));
  const options = found.status === 'ready' ? (found.data ?? []) : [];
  return (
    <>
      <input
        id={id}
        type="text"
        list={listId}
        value={value}
        placeholder={t.pickEnterpriseHint}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.id} value={o.id} label={localName(o, lang)} />
        ))}
      </datalist>
    </>
  );
}

function FreeText({ id, value, onChange, describedBy, invalid }: Omit<PickerProps, 'pick' | 'list' | 'optional' | 'withSegments'>) {
  return (
    <input
      id={id}
      type="text"
      value={value}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
