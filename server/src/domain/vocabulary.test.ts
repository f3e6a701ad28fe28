import { describe, expect, it } from 'vitest';
import { schema } from '../schema/index.js';
import { EnterpriseRole, ProjectStatus, Qualifier, Stage } from '../seed/schema.js';
import {
  enterpriseRoles,
  institutionKinds,
  parkKinds,
  projectStatuses,
  qualifiers,
  regionLevels,
  searchLabels,
  sourceKinds,
  stages,
  userRoles,
  graphShapeLabels,
} from './vocabulary.js';
import { type GraphQLEnumType } from 'graphql';

describe('vocabularies', () => {
  it('are what the GraphQL enums serve, value for value', () => {
    const served = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.value as string);
    const pairs: Array<[string, readonly string[]]> = [
      ['Stage', stages.values],
      ['EnterpriseRole', enterpriseRoles.values],
      ['ProjectStatus', projectStatuses.values],
      ['Qualifier', qualifiers.values],
      ['InstitutionKind', institutionKinds.values],
      ['SourceKind', sourceKinds.values],
      ['RegionLevel', regionLevels.values],
      ['ParkKind', parkKinds.values],
      ['Role', userRoles.values],
      ['NodeType', graphShapeLabels],
      ['SearchType', searchLabels],
    ];
    for (const [name, values] of pairs) expect(served(name).sort(), name).toEqual([...values].sort());
  });
  it('are what the seed schema accepts', () => {
    expect(Stage.options).toEqual(stages.values);
    expect(EnterpriseRole.options).toEqual(enterpriseRoles.values);
    expect(ProjectStatus.options).toEqual(projectStatuses.values);
    expect(Qualifier.options).toEqual(qualifiers.values);
    expect(ProjectStatus.safeParse('demolished').success).toBe(false);
  });
});
