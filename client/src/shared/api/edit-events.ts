// "The graph changed": a saved edit tells every loaded view to fetch again, so the detail panel,
// park page and chain map show the edit without a page reload.
type Listener = () => void;
const listeners = new Set<Listener>();

export function onGraphEdited(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyGraphEdited(): void {
  for (const l of listeners) l();
}
