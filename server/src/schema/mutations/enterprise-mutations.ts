// Editors create, update and delete enterprises. Ids are `e.<slug>` like the seeds'.
import { builder } from '../../builder.js';
import { CreateEnterprise, UpdateEnterprise } from '../../edit/inputs.js';
import { EnterpriseRole } from '../enterprise.js';
import { EnterpriseRef, type EnterpriseRow } from '../refs.js';
import { payload } from './edit-types.js';
import { nodeMutations } from './node-mutations.js';

const EnterprisePayload = payload<EnterpriseRow>('EnterprisePayload', 'enterprise', EnterpriseRef);

const CreateEnterpriseInput = builder.inputType('CreateEnterpriseInput', {
  fields: (t) => ({
    slug: t.string({ description: 'The id becomes e.<slug>; generated from nameEn (or at random) when absent.' }),
    name: t.string({ required: true, description: 'Chinese name.' }),
    nameEn: t.string(),
    shortName: t.string(),
    aliases: t.stringList(),
    roles: t.field({ type: [EnterpriseRole] }),
    founded: t.string({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
    products: t.stringList(),
    note: t.string(),
    parkId: t.id({ description: 'The park it is located in.' }),
  }),
});

const UpdateEnterpriseInput = builder.inputType('UpdateEnterpriseInput', {
  description: 'Only the fields given change; null removes an optional property.',
  fields: (t) => ({
    name: t.string(),
    nameEn: t.string(),
    shortName: t.string(),
    aliases: t.stringList(),
    roles: t.field({ type: [EnterpriseRole] }),
    founded: t.string(),
    products: t.stringList(),
    note: t.string(),
  }),
});

nodeMutations<EnterpriseRow>({
  label: 'Enterprise',
  article: 'an enterprise',
  idPrefix: 'e',
  parkLink: 'LOCATED_IN',
  payloadRef: EnterprisePayload,
  createInput: CreateEnterpriseInput,
  updateInput: UpdateEnterpriseInput,
  createSchema: CreateEnterprise,
  updateSchema: UpdateEnterprise,
  updateDescription: 'Changes an enterprise’s properties (editor role); seeded enterprises too.',
});
