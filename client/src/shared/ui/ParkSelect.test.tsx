import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { QueryProvider } from '../api/QueryProvider';
import { I18nProvider } from '../i18n/context';
import { parksPageHandler, stubGraphql } from '../../test/shell-fixtures';
import { ParkSelect } from './ParkSelect';

const park = (id: string, name: string, parent: string | null = null) => ({
  id,
  name,
  nameEn: null,
  parent: parent ? { id: parent } : null,
});

function renderSelect(value: string, onChange = vi.fn()) {
  render(
    <QueryProvider>
      <I18nProvider lang="zh">
        <label htmlFor="s">园区</label>
        <ParkSelect id="s" value={value} onChange={onChange} noneLabel="（无）" />
      </I18nProvider>
    </QueryProvider>,
  );
  return onChange;
}

const names = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('ParkSelect', () => {
  it('lists every park of a small graph, sub-parks indented, with no filter box', async () => {
    stubGraphql({
      ParkOptions: parksPageHandler([park('a', '甲园区'), park('a.1', '甲分园', 'a'), park('a.1.x', '甲小园', 'a.1'), park('b', '乙园区')]),
    });
    const onChange = renderSelect('');
    const select = screen.getByRole('combobox', { name: '园区' });
    await waitFor(() => expect(names(select)).toEqual(['（无）', '甲园区', '\u3000└ 甲分园', '\u3000\u3000└ 甲小园', '乙园区']));
    expect(screen.queryByRole('searchbox')).toBeNull();
    fireEvent.change(select, { target: { value: 'a.1' } });
    expect(onChange).toHaveBeenCalledWith('a.1');
  });

  it('on a national graph, finds parks beyond the first hundred by name and keeps a chosen one by its name', async () => {
    const all = Array.from({ length: 250 }, (_, i) => park(`p${i}`, `园区${i}`));
    const fetchMock = stubGraphql({
      ParkOptions: parksPageHandler(all),
      ParkName: () => ({ park: { id: 'p200', name: '园区200', nameEn: null } }),
    });
    renderSelect('p200');
    const select = screen.getByRole('combobox', { name: '园区' });
    const filter = await screen.findByRole('searchbox', { name: '查找园区' });
    expect(screen.getByRole('status')).toHaveTextContent('列出 100 个，共 250 个园区');
    // The chosen park is not on the page: it stays selected, named.
    await waitFor(() => expect(names(select)[1]).toBe('园区200'));
    expect(select).toHaveValue('p200');
    fireEvent.change(filter, { target: { value: '园区24' } });
    await waitFor(() => expect(names(select)).toContain('园区249'));
    expect(names(select).filter((n) => n?.startsWith('园区24'))).toHaveLength(11);
    const asked = fetchMock.mock.calls.map(
      ([, init]) => JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> },
    );
    expect(asked.filter((b) => b.query.includes('query ParkOptions')).at(-1)!.variables).toMatchObject({ query: '园区24', first: 100 });
  });
});
