import { fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useReturnFocus } from './use-return-focus';

function Panel({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useReturnFocus();
  useEffect(() => ref.current?.focus(), []); // as DetailPanel: the focus moves into the panel
  return (
    <button ref={ref} type="button" onClick={onClose}>
      close
    </button>
  );
}

function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        open
      </button>
      <input aria-label="elsewhere" />
      {open && <Panel onClose={() => setOpen(false)} />}
    </>
  );
}

describe('useReturnFocus', () => {
  it('gives the focus back to the opener when the panel closes with the focus inside it', () => {
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'open' });
    opener.focus();
    fireEvent.click(opener);
    const close = screen.getByRole('button', { name: 'close' });
    expect(document.activeElement).toBe(close);
    fireEvent.click(close);
    expect(screen.queryByRole('button', { name: 'close' })).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('leaves the focus where the user moved it before the panel closed', () => {
    const { rerender } = render(<Page />);
    const opener = screen.getByRole('button', { name: 'open' });
    opener.focus();
    fireEvent.click(opener);
    const elsewhere = screen.getByRole('textbox', { name: 'elsewhere' });
    elsewhere.focus();
    fireEvent.click(screen.getByRole('button', { name: 'close' }));
    rerender(<Page />);
    expect(document.activeElement).toBe(elsewhere);
  });
});
