import type { QueryClient } from '@tanstack/react-query';
import { fetchGraphQL } from '../../shared/api/query';
import { EDIT_PROJECT_QUERY } from './queries';
import type { Qualifier } from '../../gql/graphql';
import { useEditT } from './messages';
import { CapacityFields } from './CapacityFields';
import { Field, TextField } from './fields';
import { emptyProject, projectValues, type LandUnit, type ProjectValues } from './form-model';
import { QUALIFIERS } from './qualifiers';
import { InvestorPicker, ParkSelect, SegmentPicker } from './pickers';
import { saveProject } from './save';
import { NodeFormDialog } from './NodeFormDialog';
import { useNodeForm } from './use-node-form';

const KNOWN = [
  'name',
  'nameEn',
  'phase',
  'note',
  'investment',
  'investmentQualifier',
  'annualOutput',
  'land',
  'floorAreaM2',
  'plannedStartOn',
  'plannedProductionOn',
  'plannedCompletionOn',
  'investor',
  'investorName',
  'park',
  'segments',
  'source',
  'reason',
  // Every capacity row's inputs (capacities.0.value …): see placeErrors.
  'capacities.*',
] as const;

// Fresh each time (staleTime 0): the form sends only what changed against these values.
async function loadProject(client: QueryClient, id: string): Promise<ProjectValues | null> {
  const d = await fetchGraphQL(client, EDIT_PROJECT_QUERY, { id }, { staleTime: 0 });
  return d.project ? projectValues(d.project) : null;
}

export interface ProjectFormProps {
  id: string | null;
  parkId?: string | null;
  title: string;
  onSaved: (id: string) => void;
  onClose: () => void;
}

export function ProjectForm({ id, parkId, title, onSaved, onClose }: ProjectFormProps) {
  const t = useEditT();
  const form = useNodeForm<ProjectValues>({
    id,
    empty: emptyProject(parkId ?? ''),
    load: loadProject,
    save: saveProject,
    known: KNOWN,
    onSaved,
  });
  const { values: v, errors } = form;
  const set = <K extends keyof ProjectValues>(key: K, value: ProjectValues[K]) => form.setValues((old) => ({ ...old, [key]: value }));

  return (
    <NodeFormDialog title={title} onClose={onClose} form={form} testId="project-form">
      {(lists) => (
        <>
          <div className="edit-grid">
            <TextField name="name" label={t.f.name} value={v.name} onChange={(x) => set('name', x)} errors={errors} required />
            <TextField name="nameEn" label={t.f.nameEn} value={v.nameEn} onChange={(x) => set('nameEn', x)} errors={errors} />
            <TextField name="phase" label={t.f.phase} value={v.phase} onChange={(x) => set('phase', x)} errors={errors} />
            <ParkSelect value={v.parkId} onChange={(x) => set('parkId', x)} parks={lists.parks} errors={errors} />
            <TextField
              name="investment"
              label={t.f.investment}
              hint={t.yiHint}
              inputMode="decimal"
              value={v.investmentYi}
              onChange={(x) => set('investmentYi', x)}
              errors={errors}
            />
            <Field name="investmentQualifier" label={t.f.qualifier} errors={errors}>
              {(p) => (
                <select {...p} value={v.investmentQualifier} onChange={(e) => set('investmentQualifier', e.target.value as Qualifier | '')}>
                  <option value="">{t.qualifierNone}</option>
                  {QUALIFIERS.map((q) => (
                    <option key={q} value={q}>
                      {t.qualifier[q]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <InvestorPicker value={v.investor} onChange={(x) => set('investor', x)} errors={errors} />
            {!v.investor && (
              <TextField
                name="investorName"
                label={t.f.investorName}
                hint={t.investorNameHint}
                value={v.investorName}
                onChange={(x) => set('investorName', x)}
                errors={errors}
              />
            )}
            <TextField
              name="annualOutput"
              label={t.f.annualOutput}
              inputMode="decimal"
              value={v.annualOutputYi}
              onChange={(x) => set('annualOutputYi', x)}
              errors={errors}
            />
            <div className="land-row">
              <TextField name="land" label={t.f.land} inputMode="decimal" value={v.land} onChange={(x) => set('land', x)} errors={errors} />
              <Field name="landUnit" label={t.f.landUnit} errors={errors}>
                {(p) => (
                  <select {...p} value={v.landUnit} onChange={(e) => set('landUnit', e.target.value as LandUnit)}>
                    <option value="mu">{t.unitMu}</option>
                    <option value="m2">{t.unitM2}</option>
                  </select>
                )}
              </Field>
            </div>
            <TextField
              name="floorAreaM2"
              label={t.f.floorAreaM2}
              inputMode="decimal"
              value={v.floorAreaM2}
              onChange={(x) => set('floorAreaM2', x)}
              errors={errors}
            />
            <TextField
              name="plannedStartOn"
              label={t.f.plannedStartOn}
              hint={t.partialDateHint}
              value={v.plannedStartOn}
              onChange={(x) => set('plannedStartOn', x)}
              errors={errors}
            />
            <TextField
              name="plannedProductionOn"
              label={t.f.plannedProductionOn}
              hint={t.partialDateHint}
              value={v.plannedProductionOn}
              onChange={(x) => set('plannedProductionOn', x)}
              errors={errors}
            />
            <TextField
              name="plannedCompletionOn"
              label={t.f.plannedCompletionOn}
              hint={t.partialDateHint}
              value={v.plannedCompletionOn}
              onChange={(x) => set('plannedCompletionOn', x)}
              errors={errors}
            />
            <TextField name="note" label={t.f.note} value={v.note} onChange={(x) => set('note', x)} errors={errors} multiline />
          </div>
          <CapacityFields value={v.capacities} onChange={(x) => set('capacities', x)} errors={errors} />
          <SegmentPicker value={v.segments} onChange={(x) => set('segments', x)} chains={lists.chains} errors={errors} />
        </>
      )}
    </NodeFormDialog>
  );
}
