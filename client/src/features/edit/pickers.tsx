// Park select (the shared one, in a field), segment picker (chain → segment, as removable chips) and investor search.
import { useId, useState } from 'react';
import { useGraphQLQuery } from '../../shared/api/query';
import { useDebounced } from '../../shared/hooks/use-debounced';
import { EDIT_ENTERPRISE_SEARCH } from './queries';
import { useLang } from '../../shared/i18n/context';
import { useEditT } from './messages';
import { localName } from '../../shared/i18n/lang';
import { Field, FieldErrors } from './fields';
import { ParkSelect as SharedParkSelect } from '../../shared/ui/ParkSelect';
import type { FormErrors, Picked } from './form-model';
import type { EditLists } from './use-edit-lists';

export function ParkSelect({ value, onChange, errors }: { value: string; onChange: (id: string) => void; errors: FormErrors }) {
  const t = useEditT();
  return (
    <Field name="park" label={t.f.park} errors={errors}>
      {(props) => <SharedParkSelect {...props} value={value} onChange={onChange} noneLabel={t.noPark} />}
    </Field>
  );
}

export function SegmentPicker({
  value,
  onChange,
  chains,
  errors,
}: {
  value: Picked[];
  onChange: (v: Picked[]) => void;
  chains: EditLists['chains'];
  errors: FormErrors;
}) {
  const t = useEditT();
  const lang = useLang();
  const id = useId();
  const [chainId, setChainId] = useState(chains[0]?.id ?? '');
  const [segmentId, setSegmentId] = useState('');
  const chain = chains.find((c) => c.id === chainId);
  const segments = [...(chain?.segments ?? [])].sort((a, b) => a.order - b.order);
  const issues = errors['segments'];
  const add = () => {
    const s = segments.find((x) => x.id === segmentId);
    if (s && !value.some((v) => v.id === s.id)) onChange([...value, { id: s.id, name: s.name, nameEn: s.nameEn ?? null }]);
    setSegmentId('');
  };
  return (
    <fieldset className="edit-field edit-segments" data-field="segments" aria-describedby={issues?.length ? `${id}-err` : undefined}>
      <legend>{t.f.segments}</legend>
      {value.length === 0 ? (
        <p className="field-hint">{t.noSegments}</p>
      ) : (
        <ul className="chips">
          {value.map((s) => (
            <li key={s.id}>
              {localName(s, lang)}
              <button
                type="button"
                aria-label={t.removeSegment(localName(s, lang))}
                onClick={() => onChange(value.filter((v) => v.id !== s.id))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="segment-add">
        <select
          aria-label={t.chain}
          value={chainId}
          onChange={(e) => {
            setChainId(e.target.value);
            setSegmentId('');
          }}
        >
          {chains.map((c) => (
            <option key={c.id} value={c.id}>
              {localName(c, lang)}
            </option>
          ))}
        </select>
        <select
          aria-label={t.chooseSegment}
          name="segments"
          aria-invalid={!!issues?.length}
          value={segmentId}
          onChange={(e) => setSegmentId(e.target.value)}
        >
          <option value="">{t.chooseSegment}</option>
          {segments.map((s) => (
            <option key={s.id} value={s.id}>
              {(s.parentId ? '　└ ' : '') + localName(s, lang)}
            </option>
          ))}
        </select>
        <button type="button" className="secondary" disabled={!segmentId} onClick={add}>
          {t.addSegment}
        </button>
      </div>
      <FieldErrors id={`${id}-err`} issues={issues} />
    </fieldset>
  );
}

type Hit = Picked;

/** Type to search enterprises in the graph; the chosen one becomes the project's investor. */
export function InvestorPicker({
  value,
  onChange,
  errors,
}: {
  value: Picked | null;
  onChange: (v: Picked | null) => void;
  errors: FormErrors;
}) {
  const t = useEditT();
  const lang = useLang();
  const [text, setText] = useState('');
  const listId = useId();
  // Wait for a pause in typing; the search index is shared with everyone.
  const q = useDebounced(text.trim(), 250);
  const search = useGraphQLQuery(EDIT_ENTERPRISE_SEARCH, q ? { text: q } : null, (d) => d.search.edges.map((e) => e.node));
  const busy = search.status === 'loading';
  // A failed search lists nothing: the user can type again.
  const hits: Hit[] | null =
    !q || text.trim() === '' ? null : search.status === 'ready' ? search.data : search.status === 'error' ? [] : null;

  return (
    <Field name="investor" label={t.f.investor} errors={errors}>
      {(props) => (
        <div className="investor-picker">
          {value ? (
            <p className="investor-chosen">
              <strong>{localName(value, lang)}</strong>{' '}
              <button type="button" className="secondary" onClick={() => onChange(null)} aria-label={t.investorClear}>
                ✕
              </button>
            </p>
          ) : null}
          <input
            {...props}
            type="search"
            placeholder={t.investorSearch}
            value={text}
            aria-controls={listId}
            autoComplete="off"
            onChange={(e) => setText(e.target.value)}
          />
          {text.trim() && (
            <ul id={listId} className="investor-hits" aria-live="polite">
              {busy && <li>{t.investorSearching}</li>}
              {!busy && hits?.length === 0 && <li>{t.investorNoHits}</li>}
              {!busy &&
                hits?.map((h) => (
                  <li key={h.id}>
                    <button
                      type="button"
                      onClick={() => {
                        onChange(h);
                        setText('');
                      }}
                    >
                      {localName(h, lang)}
                    </button>
                  </li>
                ))}
            </ul>
          )}
        </div>
      )}
    </Field>
  );
}
