import type { KeyboardEvent } from 'react';

/** Keeps Tab inside a modal dialog: from the last control back to the first, and the reverse. */
export function trapFocus(e: KeyboardEvent<HTMLElement>): void {
  const controls = [...e.currentTarget.querySelectorAll<HTMLElement>('input, select, textarea, button:not([disabled])')];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  } else if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  }
}
