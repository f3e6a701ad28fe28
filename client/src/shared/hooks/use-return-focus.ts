import { useEffect, useState } from 'react';

/**
 * Gives the focus back to whatever had it when a panel or dialog opened, once it closes —
 * otherwise a keyboard user is dropped at the top of the page after Escape.
 * Only when the focus was lost with the panel (it sits on <body>): a click elsewhere that
 * closed the panel keeps the focus where the user put it.
 */
export function useReturnFocus(): void {
  // Captured during the first render, before any effect moves the focus into the panel.
  const [opener] = useState(() => (typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null)));
  useEffect(
    () => () => {
      if (!opener || opener === document.body || !opener.isConnected) return;
      const active = document.activeElement;
      if (active && active !== document.body) return;
      opener.focus({ preventScroll: true });
    },
    [opener],
  );
}
