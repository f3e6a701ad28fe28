// Test data for the edit forms' jsdom tests: a project as EditProject returns it.
import type { EditProjectQuery } from '../../gql/graphql';

type EditedProject = NonNullable<EditProjectQuery['project']>;

/** A project with every optional value empty, changed by `over`. */
export function editedProject(over: Partial<EditedProject> = {}): EditProjectQuery {
  return {
    project: {
      id: 'pj.1',
      name: '测试项目',
      nameEn: null,
      phase: null,
      note: null,
      status: 'SIGNED',
      statusAsOf: null,
      investmentCny: null,
      investmentQualifier: null,
      investorName: null,
      annualOutputCny: null,
      landMu: null,
      landM2: null,
      floorAreaM2: null,
      investor: null,
      park: null,
      segments: [],
      dates: { plannedStart: null, plannedProduction: null, plannedCompletion: null },
      capacity: [],
      ...over,
    },
  };
}
