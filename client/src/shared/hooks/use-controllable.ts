import { useState } from 'react';

/**
 * A value its owner may control (the URL, in the app) or leave to the component (tests, a
 * component used alone): with `value` and `onChange` given they are used as they are,
 * otherwise the component keeps its own state starting at `initial`.
 */
export function useControllable<T>(value: T | undefined, onChange: ((next: T) => void) | undefined, initial: T): [T, (next: T) => void] {
  const [own, setOwn] = useState(initial);
  if (value !== undefined && onChange) return [value, onChange];
  return [own, setOwn];
}
