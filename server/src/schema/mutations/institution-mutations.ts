// Editors create, update and delete institutions (institutes, schools, banks). Ids: `in.<slug>`.
import { builder } from '../../builder.js';
import { institutionStatuses } from '../../domain/vocabulary.js';
import { enumValues } from '../vocabulary-enums.js';
import { CreateInstitution, UpdateInstitution } from '../../edit/inputs.js';
import { InstitutionKind } from '../institution.js';
import { InstitutionRef, type InstitutionRow } from '../refs.js';
import { payload } from './edit-types.js';
import { nodeMutations } from './node-mutations.js';

const InstitutionPayload = payload<InstitutionRow>('InstitutionPayload', 'institution', InstitutionRef);

const InstitutionStatus = builder.enumType('InstitutionStatus', {
  values: enumValues(institutionStatuses),
});

const CreateInstitutionInput = builder.inputType('CreateInstitutionInput', {
  fields: (t) => ({
    slug: t.string({ description: 'The id becomes in.<slug>; generated from nameEn (or at random) when absent.' }),
    name: t.string({ required: true }),
    nameEn: t.string(),
    kind: t.field({ type: InstitutionKind, required: true }),
    status: t.field({ type: InstitutionStatus }),
    established: t.string({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
    note: t.string(),
    parkId: t.id(),
  }),
});

const UpdateInstitutionInput = builder.inputType('UpdateInstitutionInput', {
  description: 'Only the fields given change; null removes an optional property.',
  fields: (t) => ({
    name: t.string(),
    nameEn: t.string(),
    kind: t.field({ type: InstitutionKind }),
    status: t.field({ type: InstitutionStatus }),
    established: t.string(),
    note: t.string(),
  }),
});

nodeMutations<InstitutionRow>({
  label: 'Institution',
  article: 'an institution',
  idPrefix: 'in',
  parkLink: 'IN_PARK',
  payloadRef: InstitutionPayload,
  createInput: CreateInstitutionInput,
  updateInput: UpdateInstitutionInput,
  createSchema: CreateInstitution,
  updateSchema: UpdateInstitution,
  updateDescription: 'Changes an institution’s properties (editor role).',
});
