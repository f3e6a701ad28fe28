import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TabList, TabPanels, type TabItem } from './Tabs';

type K = 'a' | 'b' | 'c';
const TABS: TabItem<K>[] = [
  { key: 'a', label: 'Alpha' },
  { key: 'b', label: 'Beta' },
  { key: 'c', label: 'Gamma' },
];

function Harness({ onSelect, panel }: { onSelect?: (k: K) => void; panel?: (k: K) => void }) {
  const [selected, setSelected] = useState<K>('a');
  return (
    <>
      <TabList
        tabs={TABS}
        selected={selected}
        label="Parts"
        idPrefix="t"
        onSelect={(k) => {
          onSelect?.(k);
          setSelected(k);
        }}
      />
      <TabPanels tabs={TABS} selected={selected} idPrefix="t">
        {(k) => {
          panel?.(k);
          return <p>content {k}</p>;
        }}
      </TabPanels>
    </>
  );
}

describe('TabList and TabPanels', () => {
  it('names the roles and links each tab to its panel', () => {
    render(<Harness />);
    const list = screen.getByRole('tablist', { name: 'Parts' });
    const tabs = screen.getAllByRole('tab');
    expect(list).toContainElement(tabs[0]!);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    // One tab stop: only the selected tab is in the Tab order.
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    const panel = screen.getByRole('tabpanel', { name: 'Alpha' });
    expect(tabs[0]).toHaveAttribute('aria-controls', panel.id);
    expect(panel).toHaveTextContent('content a');
    // Every tab's panel exists (its aria-controls resolves), hidden and empty when not chosen.
    const beta = document.getElementById(tabs[1]!.getAttribute('aria-controls')!)!;
    expect(beta).not.toBeVisible();
    expect(beta).toBeEmptyDOMElement();
  });

  it('moves and selects with Right/Left (wrapping), Home and End', () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    const tab = (name: string) => screen.getByRole('tab', { name });
    tab('Alpha').focus();
    fireEvent.keyDown(tab('Alpha'), { key: 'ArrowRight' });
    expect(tab('Beta')).toHaveFocus();
    expect(tab('Beta')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Beta').tabIndex).toBe(0);
    expect(tab('Alpha').tabIndex).toBe(-1);
    expect(screen.getByRole('tabpanel')).toHaveTextContent('content b');
    fireEvent.keyDown(tab('Beta'), { key: 'End' });
    expect(tab('Gamma')).toHaveFocus();
    fireEvent.keyDown(tab('Gamma'), { key: 'ArrowRight' });
    expect(tab('Alpha')).toHaveFocus();
    fireEvent.keyDown(tab('Alpha'), { key: 'ArrowLeft' });
    expect(tab('Gamma')).toHaveFocus();
    fireEvent.keyDown(tab('Gamma'), { key: 'Home' });
    expect(tab('Alpha')).toHaveFocus();
    expect(onSelect.mock.calls.map((c) => c[0])).toEqual(['b', 'c', 'a', 'c', 'a']);
    // Other keys are left alone.
    fireEvent.keyDown(tab('Alpha'), { key: 'ArrowDown' });
    expect(tab('Alpha')).toHaveFocus();
    expect(onSelect).toHaveBeenCalledTimes(5);
  });

  it('renders only the selected panel’s content, and a click selects', () => {
    const panel = vi.fn();
    render(<Harness panel={panel} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Gamma' }));
    expect(screen.getByRole('tabpanel', { name: 'Gamma' })).toHaveTextContent('content c');
    expect(new Set(panel.mock.calls.map((c) => c[0]))).toEqual(new Set(['a', 'c']));
  });
});
