// Analyst cells are arbitrary JSON (nodes, lists, maps): one rule for how they read, on screen
// and in the exported CSV/XLSX alike.

export function cellText(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    // A node shows its name (or id), not its whole property map.
    if ('~node' in v) {
      const p = (v['properties'] ?? {}) as Record<string, unknown>;
      const labels = Array.isArray(v['labels']) ? (v['labels'] as string[]).join(':') : '';
      return `(${labels} ${String(p['name'] ?? p['id'] ?? v['~node'])})`;
    }
    if ('~relationship' in v) return `[:${String(v['type'])}]`;
    if (Array.isArray(value)) return value.map(cellText).join(', ');
  }
  return JSON.stringify(value);
}

/** Numbers stay numbers (they sort and export as numbers); everything else becomes text. */
export function cellValue(value: unknown): string | number | null {
  if (value == null) return null;
  return typeof value === 'number' ? value : cellText(value);
}
