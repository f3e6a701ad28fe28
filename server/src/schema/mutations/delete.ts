// Deleting a node: the audit record keeps everything it had (properties and links both ways)
// and its id, so the history of a deleted node is still found by `changes(targetId)`, and the
// parks it was in, so the audit view's park filter still finds it.
import type { Context } from '../../context.js';
import { runEdit } from '../../edit/editor.js';

export function deleteNode(
  ctx: Context,
  label: 'Enterprise' | 'Project' | 'Institution',
  id: string,
  meta: { source?: string | null; reason?: string | null },
) {
  return runEdit<{ id: string }>(ctx, `delete-${label.toLowerCase()}`, { source: meta.source }, async (ed) => {
    const current = await ed.load('id', id, label);
    const [parks] = await ed.tx.run<{ parkIds: string[] }>('edit/park-ids', { id });
    await ed.tx.run('edit/delete-node', { id });
    const change = await ed.record({
      action: 'delete',
      targetId: id,
      targetLabel: label,
      before: { props: current.props, outLinks: current.outLinks, inLinks: current.inLinks },
      after: null,
      reason: meta.reason,
      source: meta.source,
      parkIds: [...new Set(parks?.parkIds ?? [])],
    });
    return { value: { id }, change };
  });
}
