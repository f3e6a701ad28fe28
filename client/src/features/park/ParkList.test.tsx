import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ParkChoicesQuery } from '../../gql/graphql';
import { QueryProvider } from '../../shared/api/QueryProvider';
import { I18nProvider } from '../../shared/i18n/context';
import { stubGraphql } from '../../test/shell-fixtures';
import { ParkList } from './ParkList';

/** ParkChoices over `count` parks, paged and filtered as the server does (offset cursors). */
function parkChoices(count: number) {
  const all = Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    name: `园区${i}`,
    nameEn: `Park ${i}`,
    kind: 'ETDZ' as const,
    region: { id: 'r', name: i % 2 ? '宁波市' : '丽水市', nameEn: null },
  }));
  return (variables: Record<string, unknown>): ParkChoicesQuery => {
    const v = variables as { query: string | null; first: number; after: string | null };
    const hits = all.filter((p) => !v.query || p.name.includes(v.query) || p.region.name.includes(v.query));
    const skip = v.after ? Number(v.after) + 1 : 0;
    const page = hits.slice(skip, skip + v.first);
    return {
      parksConnection: {
        totalCount: hits.length,
        pageInfo: { hasNextPage: skip + page.length < hits.length, endCursor: String(skip + page.length - 1) },
        edges: page.map((node) => ({ node })),
      },
    };
  };
}

function renderList(onChoose = vi.fn()) {
  render(
    <QueryProvider>
      <I18nProvider lang="zh">
        <ParkList onChoose={onChoose} />
      </I18nProvider>
    </QueryProvider>,
  );
  return onChoose;
}

describe('ParkList', () => {
  it('lists a page of parks at a time and filters them on the server', async () => {
    stubGraphql({ ParkChoices: parkChoices(70) });
    const onChoose = renderList();
    expect(await screen.findByText('第 1–50 个，共 70 个园区')).toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('button')).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('第 51–70 个，共 70 个园区')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /园区69/ }));
    expect(onChoose).toHaveBeenCalledWith('p69');

    fireEvent.change(screen.getByRole('searchbox', { name: '查找园区' }), { target: { value: '宁波' } });
    expect(await screen.findByText('第 1–35 个，共 35 个园区')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '下一页' })).toBeNull();
  });

  it('says so when no park matches, and keeps the filter', async () => {
    stubGraphql({ ParkChoices: parkChoices(3) });
    renderList();
    expect(await screen.findByText('第 1–3 个，共 3 个园区')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('searchbox', { name: '查找园区' }), { target: { value: '杭州' } });
    expect(await screen.findByText('没有名称或所在地区含“杭州”的园区')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: '查找园区' })).toHaveValue('杭州');
  });
});
