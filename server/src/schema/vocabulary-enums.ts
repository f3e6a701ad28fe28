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
