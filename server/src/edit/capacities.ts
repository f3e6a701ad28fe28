// A project's capacities (产能) as editors set them: the whole list at once. Ids come from the
// project, product and unit as the seeds make them, so re-entering a seeded capacity updates it
// (keeping its sources) instead of adding a twin.
import { capacityId } from '../seed/to-graph.js';
import type { Editor } from './editor.js';
import { toStored } from './editor.js';
import type { CapacityValue } from './inputs.js';

export type CapacityRecord = Pick<CapacityValue, 'product' | 'value' | 'unit' | 'qualifier'>;

/** The project's capacities now, in a stable order (for the audit record and comparison). */
export async function capacitiesOf(ed: Editor, projectId: string): Promise<CapacityRecord[]> {
  return ed.tx.run<CapacityRecord>('edit/capacities-of', { id: projectId });
}

/** Sorted like capacities-of.cypher so that equal lists compare equal. */
export function sortCapacities(list: CapacityRecord[]): CapacityRecord[] {
  const plain = list.map(({ product, value, unit, qualifier }) => ({ product, value, unit, qualifier }));
  return plain.sort((a, b) => (a.product === b.product ? cmp(a.unit, b.unit) : cmp(a.product, b.product)));
}
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function setCapacities(ed: Editor, projectId: string, list: CapacityRecord[]): Promise<void> {
  const capacities = list.map((c) => toStored({ ...c, id: capacityId(projectId, c) }));
  await ed.tx.run('edit/set-capacities', { id: projectId, capacities });
}

export const sameCapacities = (a: CapacityRecord[], b: CapacityRecord[]) =>
  JSON.stringify(sortCapacities(a)) === JSON.stringify(sortCapacities(b));
