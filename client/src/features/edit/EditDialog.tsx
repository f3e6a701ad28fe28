import { useEffect, useId, useRef, type ReactNode } from 'react';
import './edit.css';
import { trapFocus } from '../../shared/ui/trap-focus';

/** A modal for the editor forms: Escape or Cancel closes it (and only it), focus returns to the opener. */
export function EditDialog({
  title,
  onClose,
  wide = false,
  children,
}: {
  title: string;
  onClose: () => void;
  wide?: boolean;
  children: ReactNode;
}) {
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
