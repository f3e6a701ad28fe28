// GraphQL enums derived from the vocabularies of domain/vocabulary.ts: NAME (upper case) → the
// stored value, with the Chinese caption as the value's description.
import type { Vocabulary } from '../domain/vocabulary.js';

export function enumValues<V extends string>(vocabulary: Vocabulary<V>): Record<Uppercase<V>, { value: V; description?: string }> {
  return Object.fromEntries(
    vocabulary.values.map((v) => {
      const caption = vocabulary.captions[v];
      return [v.toUpperCase(), caption === null ? { value: v } : { value: v, description: caption }];
    }),
  ) as Record<Uppercase<V>, { value: V; description?: string }>;
}

/** A GraphQL enum of node labels: SEGMENT → 'Segment', with optional descriptions per label. */
export function labelEnumValues<L extends string>(
  labels: readonly L[],
  descriptions: Partial<Record<L, string>> = {},
): Record<Uppercase<L>, { value: L; description?: string }> {
  return Object.fromEntries(
    labels.map((l) => [l.toUpperCase(), descriptions[l] === undefined ? { value: l } : { value: l, description: descriptions[l] }]),
  ) as Record<Uppercase<L>, { value: L; description?: string }>;
}
