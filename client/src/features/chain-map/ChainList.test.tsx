import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../shared/i18n/context';
import { fluoroChain, pvChain } from '../../test/fixtures';
import { ChainList } from './ChainList';

describe('ChainList', () => {
  it('offers the chains as a labelled select too (the phone form), choosing as the list does', () => {
    const onSelect = vi.fn();
    render(
      <I18nProvider lang="zh">
        <ChainList chains={[pvChain, fluoroChain]} selectedId={pvChain.id} onSelect={onSelect} />
      </I18nProvider>,
    );
    const nav = screen.getByRole('navigation', { name: '产业链列表' });
    const select = within(nav).getByRole('combobox', { name: '产业链' });
    expect(select).toHaveValue(pvChain.id);
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual([pvChain.id, fluoroChain.id]);
    expect(within(select).getAllByRole('option')[0]).toHaveTextContent(`${pvChain.name} · ${pvChain.segments.length} 个环节`);
    fireEvent.change(select, { target: { value: fluoroChain.id } });
    expect(onSelect).toHaveBeenLastCalledWith(fluoroChain.id);
    // The list's buttons choose the same way.
    fireEvent.click(within(nav).getByRole('button', { name: new RegExp(fluoroChain.name) }));
    expect(onSelect).toHaveBeenCalledTimes(2);
    expect(within(nav).getByRole('button', { name: new RegExp(pvChain.name) })).toHaveAttribute('aria-current', 'page');
  });
});
