import type { QueryClient } from '@tanstack/react-query';
import { fetchGraphQL } from '../../shared/api/query';
import { EDIT_PROJECT_QUERY } from './queries';
import { useEditT } from './messages';
import { CapacityFields } from './CapacityFields';
import { Field, TextField } from './fields';
import { emptyProject, projectValues, type LandUnit, type ProjectValues } from './form-model';
import { QualifierField } from './QualifierField';
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
  const { values: v, errors, set, bind } = form;

  return (
    <NodeFormDialog title={title} onClose={onClose} form={form} testId="project-form">
      {(lists) => (
        <>
          <div className="edit-grid">
            <TextField name="name" label={t.f.name} {...bind('name')} required />
            <TextField name="nameEn" label={t.f.nameEn} {...bind('nameEn')} />
            <TextField name="phase" label={t.f.phase} {...bind('phase')} />
            <ParkSelect {...bind('parkId')} />
            <TextField name="investment" label={t.f.investment} hint={t.yiHint} inputMode="decimal" {...bind('investmentYi')} />
            <QualifierField name="investmentQualifier" label={t.f.qualifier} none={t.qualifierNone} {...bind('investmentQualifier')} />
            <InvestorPicker {...bind('investor')} />
            {!v.investor && <TextField name="investorName" label={t.f.investorName} hint={t.investorNameHint} {...bind('investorName')} />}
            <TextField name="annualOutput" label={t.f.annualOutput} inputMode="decimal" {...bind('annualOutputYi')} />
            <div className="land-row">
              <TextField name="land" label={t.f.land} inputMode="decimal" {...bind('land')} />
              <Field name="landUnit" label={t.f.landUnit} errors={errors}>
                {(p) => (
                  <select {...p} value={v.landUnit} onChange={(e) => set('landUnit', e.target.value as LandUnit)}>
                    <option value="mu">{t.unitMu}</option>
                    <option value="m2">{t.unitM2}</option>
                  </select>
                )}
              </Field>
            </div>
            <TextField name="floorAreaM2" label={t.f.floorAreaM2} inputMode="decimal" {...bind('floorAreaM2')} />
            <TextField name="plannedStartOn" label={t.f.plannedStartOn} hint={t.partialDateHint} {...bind('plannedStartOn')} />
            <TextField
              name="plannedProductionOn"
              label={t.f.plannedProductionOn}
              hint={t.partialDateHint}
              {...bind('plannedProductionOn')}
            />
            <TextField
              name="plannedCompletionOn"
              label={t.f.plannedCompletionOn}
              hint={t.partialDateHint}
              {...bind('plannedCompletionOn')}
            />
            <TextField name="note" label={t.f.note} {...bind('note')} multiline />
          </div>
          <CapacityFields {...bind('capacities')} />
          <SegmentPicker chains={lists.chains} {...bind('segments')} />
        </>
      )}
    </NodeFormDialog>
  );
}
