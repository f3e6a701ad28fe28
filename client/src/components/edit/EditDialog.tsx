import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './edit.css';

/** Keeps Tab inside the dialog: from the last control back to the first, and the reverse. */
function trapFocus(e: KeyboardEvent<HTMLElement>) {
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

/** A modal for the editor forms: Escape closes it (and only it), focus returns to the opener. */
export function EditDialog({ title, onClose, wide = false, children }: { title: string; onClose: () => void; wide?: boolean; children: ReactNode }) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement;
    // The first input, else the first button (a confirm dialog).
    const first = ref.current?.querySelector<HTMLElement>('input, select, textarea') ?? ref.current?.querySelector<HTMLElement>('button');
    first?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className={`modal edit-dialog${wide ? ' edit-dialog-wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key === 'Tab') trapFocus(e);
          if (e.key !== 'Escape') return;
          // Only the dialog closes, not the detail panel behind it (it listens on window).
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
