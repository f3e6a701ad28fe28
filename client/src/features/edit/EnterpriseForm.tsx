import type { QueryClient } from '@tanstack/react-query';
import { fetchGraphQL } from '../../shared/api/query';
import { EDIT_ENTERPRISE_QUERY } from './queries';
import { useLang } from '../../shared/i18n/context';
import { useEditT } from './messages';
import { ENTERPRISE_ROLES, enumLabel } from '../../shared/ui/format';
import { FieldErrors, TextField } from './fields';
import { emptyEnterprise, enterpriseValues, type EnterpriseValues } from './form-model';
import { ParkSelect, SegmentPicker } from './pickers';
import { saveEnterprise } from './save';
import { NodeFormDialog } from './NodeFormDialog';
import { useNodeForm } from './use-node-form';

const KNOWN = [
  'name',
  'nameEn',
  'shortName',
  'aliases',
  'founded',
  'products',
  'note',
  'roles',
  'park',
  'segments',
  'source',
  'reason',
] as const;

// Fresh each time (staleTime 0): the form sends only what changed against these values.
async function loadEnterprise(client: QueryClient, id: string): Promise<EnterpriseValues | null> {
  const d = await fetchGraphQL(client, EDIT_ENTERPRISE_QUERY, { id }, { staleTime: 0 });
  return d.enterprise ? enterpriseValues(d.enterprise) : null;
}

export interface EnterpriseFormProps {
  /** null: a new enterprise. */
  id: string | null;
  /** Park chosen up front (new enterprise from a park page). */
  parkId?: string | null;
  title: string;
  onSaved: (id: string) => void;
  onClose: () => void;
}

export function EnterpriseForm({ id, parkId, title, onSaved, onClose }: EnterpriseFormProps) {
  const t = useEditT();
  const lang = useLang();
  const form = useNodeForm<EnterpriseValues>({
    id,
    empty: emptyEnterprise(parkId ?? ''),
    load: loadEnterprise,
    save: saveEnterprise,
    known: KNOWN,
    onSaved,
  });
  const { values: v, errors, set, bind } = form;

  return (
    <NodeFormDialog title={title} onClose={onClose} form={form} testId="enterprise-form">
      {(lists) => (
        <>
          <div className="edit-grid">
            <TextField name="name" label={t.f.name} {...bind('name')} required />
            <TextField name="nameEn" label={t.f.nameEn} hint={form.id ? undefined : t.nameEnHint} {...bind('nameEn')} />
            <TextField name="shortName" label={t.f.shortName} {...bind('shortName')} />
            <TextField name="founded" label={t.f.founded} hint={t.partialDateHint} {...bind('founded')} />
            <TextField name="aliases" label={t.f.aliases} hint={t.listHint} {...bind('aliases')} />
            <TextField name="products" label={t.f.products} hint={t.listHint} {...bind('products')} />
            <ParkSelect {...bind('parkId')} />
            <TextField name="note" label={t.f.note} {...bind('note')} multiline />
          </div>
          <fieldset className="edit-field role-boxes" data-field="roles">
            <legend>{t.f.roles}</legend>
            {ENTERPRISE_ROLES.map((r) => (
              <label key={r}>
                <input
                  type="checkbox"
                  name="roles"
                  value={r}
                  checked={v.roles.includes(r)}
                  aria-invalid={!!errors['roles']?.length}
                  onChange={(e) => set('roles', e.target.checked ? [...v.roles, r] : v.roles.filter((x) => x !== r))}
                />
                {enumLabel('role', r, lang)}
              </label>
            ))}
            <FieldErrors id="roles-errors" issues={errors['roles']} />
          </fieldset>
          <SegmentPicker chains={lists.chains} {...bind('segments')} />
        </>
      )}
    </NodeFormDialog>
  );
}
