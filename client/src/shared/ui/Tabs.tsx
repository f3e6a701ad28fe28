// Tabs after the WAI-ARIA pattern (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): one tab
// stop (roving tabindex), Left/Right (wrapping), Home and End move and select. Selection
// follows focus, since the owner shows a panel from the cache or a loading line at once.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<K extends string> {
  key: K;
  label: string;
}

const tabId = (idPrefix: string, key: string) => `${idPrefix}-tab-${key}`;
const panelId = (idPrefix: string, key: string) => `${idPrefix}-panel-${key}`;

/** The row of tabs; `onSelect` is called with the chosen key (the owner keeps the state). */
export function TabList<K extends string>({
  tabs,
  selected,
  onSelect,
  label,
  idPrefix,
  className,
}: {
  tabs: readonly TabItem<K>[];
  selected: K;
  onSelect: (key: K) => void;
  label: string;
  idPrefix: string;
  className?: string;
}) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const move = (e: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : e.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    const key = tabs[next]!.key;
    refs.current.get(key)?.focus();
    if (key !== selected) onSelect(key);
  };
  return (
    <div role="tablist" aria-label={label} className={className}>
      {tabs.map((t, i) => (
        <button
          key={t.key}
          ref={(el) => {
            if (el) refs.current.set(t.key, el);
            else refs.current.delete(t.key);
          }}
          type="button"
          role="tab"
          id={tabId(idPrefix, t.key)}
          aria-controls={panelId(idPrefix, t.key)}
          aria-selected={t.key === selected}
          tabIndex={t.key === selected ? 0 : -1}
          onClick={() => t.key !== selected && onSelect(t.key)}
          onKeyDown={(e) => move(e, i)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}

/**
 * Every tab's panel element, so each tab's aria-controls names one; only the selected panel
 * renders its content (the others stay empty and hidden, so they load nothing).
 */
export function TabPanels<K extends string>({
  tabs,
  selected,
  idPrefix,
  children,
}: {
  tabs: readonly TabItem<K>[];
  selected: K;
  idPrefix: string;
  children: (key: K) => ReactNode;
}) {
  return (
    <>
      {tabs.map((t) => (
        <div
          key={t.key}
          role="tabpanel"
          id={panelId(idPrefix, t.key)}
          aria-labelledby={tabId(idPrefix, t.key)}
          hidden={t.key !== selected}
          // Focusable, so Tab from the tab list reaches the panel even before its first control.
          tabIndex={0}
          className="tab-panel"
        >
          {t.key === selected && children(t.key)}
        </div>
      ))}
    </>
  );
}
