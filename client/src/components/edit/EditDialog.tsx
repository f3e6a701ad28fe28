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

/** A modal for the editor forms: Escape or Cancel closes it (and only it), focus returns to the opener. */
export function EditDialog({ title, onClose, wide = false, children }: { title: string; onClose: () => void; wide?: boolean; children: ReactNode }) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const opener = document.activeElement;
    ref.current?.focus();
    // Escape closes the dialog wherever focus is (it may still be on the opener while the form
    // loads), and nothing behind it — unless the sign-in dialog is open on top.
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || document.querySelector('.sign-in-dialog')) return;
      e.preventDefault();
      e.stopPropagation();
      onCloseRef.current();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  // Once the form has loaded, move focus from the dialog box to its first input (or button).
  useEffect(() => {
    if (document.activeElement !== ref.current) return;
    const first = ref.current?.querySelector<HTMLElement>('input, select, textarea') ?? ref.current?.querySelector<HTMLElement>('button');
    first?.focus();
  });

  return (
    // A click beside a long form does not close it: that would throw away what was typed.
    <div className="modal-backdrop">
      <div
        ref={ref}
        className={`modal edit-dialog${wide ? ' edit-dialog-wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={(e) => e.key === 'Tab' && trapFocus(e)}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
