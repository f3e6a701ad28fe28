import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setSessionToken } from '../../shared/api/session-token';
import { SessionProvider } from '../session/use-session';
import { I18nProvider } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';
import { admin, graphqlError, operations, searchHits, searchResult, stubGraphql } from '../../test/shell-fixtures';
import { SearchBox, searchTarget } from './SearchBox';
import { SignInDialog } from '../session/SignIn';

function renderSearch(lang: Lang = 'zh') {
  const onNavigate = vi.fn();
  render(
    <I18nProvider lang={lang}>
      <SessionProvider>
        <SearchBox onNavigate={onNavigate} />
        <SignInDialog />
      </SessionProvider>
    </I18nProvider>,
  );
  return onNavigate;
}

const box = () => screen.getByRole('combobox');

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('searchTarget', () => {
  it('opens parks and chains in their views, segments in their chain, anything else in the detail panel', () => {
    const [enterprise, park, , segment] = searchHits;
    expect(searchTarget(park!)).toEqual({ view: 'park', park: 'park.hf', node: null });
    expect(searchTarget({ ...park!, type: 'CHAIN', id: 'pv' })).toEqual({ view: 'chain', chain: 'pv', node: null });
    expect(searchTarget(segment!)).toEqual({ view: 'chain', chain: 'pv', node: 'pv.cell' });
    // No view change: the detail panel opens beside whatever the user was looking at.
    expect(searchTarget(enterprise!)).toEqual({ node: 'ent.hongfa' });
    expect(searchTarget({ ...enterprise!, type: 'PROJECT', id: 'proj.1' })).toEqual({ node: 'proj.1' });
  });
});

describe('SearchBox', () => {
  it('asks anonymous users to sign in instead of searching', async () => {
    const fetchMock = stubGraphql({});
    renderSearch();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /搜索（需登录）/ }));
    expect(await screen.findByRole('dialog', { name: '登录产业链图谱' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('the shortcut focuses the sign-in offer while anonymous', () => {
    stubGraphql({});
    renderSearch();
    fireEvent.keyDown(document.body, { key: 'k', metaKey: true });
    expect(screen.getByRole('button', { name: /搜索（需登录）/ })).toHaveFocus();
  });

  it('declares its shortcuts to assistive technology, signed in or not', () => {
    stubGraphql({});
    renderSearch();
    expect(screen.getByRole('button', { name: /搜索（需登录）/ })).toHaveAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
    cleanup();
    setSessionToken('tok');
    renderSearch();
    expect(screen.getByRole('combobox', { name: '全局搜索' })).toHaveAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  });

  it('debounces typing into one search and groups the hits by type', async () => {
    setSessionToken('tok');
    const fetchMock = stubGraphql({ Me: () => ({ me: admin }), Search: () => searchResult(searchHits) });
    renderSearch();

    fireEvent.change(box(), { target: { value: '宏' } });
    fireEvent.change(box(), { target: { value: '宏发' } });
    const list = await screen.findByRole('listbox', { name: '搜索结果' });

    const searches = fetchMock.mock.calls.filter((_, i) => operations(fetchMock)[i] === 'Search');
    expect(searches).toHaveLength(1);
    expect(JSON.parse(String(searches[0]![1].body)).variables).toEqual({ text: '宏发', first: 10 });
    expect(new Headers(searches[0]![1].headers).get('authorization')).toBe('Bearer tok');

    const enterprises = within(list).getByRole('group', { name: '企业' });
    expect(
      within(enterprises)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['宏发电声Hongfa Electroacoustic', '宏发股份']);
    expect(within(list).getByRole('group', { name: '园区' })).toBeInTheDocument();
    expect(within(list).getByRole('group', { name: '环节' })).toBeInTheDocument();
    expect(box()).toHaveAttribute('aria-expanded', 'true');
  });

  it('moves through hits with the arrow keys and opens the chosen one with Enter', async () => {
    setSessionToken('tok');
    stubGraphql({ Me: () => ({ me: admin }), Search: () => searchResult(searchHits) });
    const onNavigate = renderSearch();

    fireEvent.change(box(), { target: { value: '宏发' } });
    await screen.findByRole('listbox');
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    const options = screen.getAllByRole('option');
    // Grouped order: enterprises (2), then the park, then the segment.
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(box()).toHaveAttribute('aria-activedescendant', options[1]!.id);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(onNavigate).toHaveBeenCalledWith({ view: 'park', park: 'park.hf', node: null });
    expect(box()).toHaveValue('');
  });

  it('Escape closes the list, then clears the text', async () => {
    setSessionToken('tok');
    stubGraphql({ Me: () => ({ me: admin }), Search: () => searchResult(searchHits) });
    const onNavigate = renderSearch();
    fireEvent.change(box(), { target: { value: '宏发' } });
    await screen.findByRole('listbox');

    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(box()).toHaveValue('宏发');
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(box()).toHaveValue('');
    expect(onNavigate).not.toHaveBeenCalled();
  });

  it('clicking a hit jumps to it; English labels the groups in English', async () => {
    setSessionToken('tok');
    stubGraphql({ Me: () => ({ me: admin }), Search: () => searchResult(searchHits) });
    const onNavigate = renderSearch('en');
    fireEvent.change(box(), { target: { value: 'hongfa' } });
    const group = await screen.findByRole('group', { name: 'Segments' });
    fireEvent.mouseDown(within(group).getByRole('option', { name: /Cells/ }));
    expect(onNavigate).toHaveBeenCalledWith({ view: 'chain', chain: 'pv', node: 'pv.cell' });
  });

  it('says so when nothing matches', async () => {
    setSessionToken('tok');
    stubGraphql({ Me: () => ({ me: admin }), Search: () => searchResult([]) });
    renderSearch();
    fireEvent.change(box(), { target: { value: '不存在' } });
    expect(await screen.findByText('没有找到与“不存在”相关的结果')).toBeInTheDocument();
  });

  it('says how many hits there are when the list shows fewer, with + when the server capped the count', async () => {
    setSessionToken('tok');
    let answer = { totalCount: 10000, totalCountCapped: true };
    stubGraphql({ Me: () => ({ me: admin }), Search: () => ({ search: { ...searchResult(searchHits).search, ...answer } }) });
    renderSearch();
    fireEvent.change(box(), { target: { value: '科技' } });
    expect(await screen.findByText('显示前 4 条，共 10,000+ 条；输入更多文字可缩小范围')).toBeInTheDocument();

    cleanup();
    answer = { totalCount: 230, totalCountCapped: false };
    renderSearch('en');
    fireEvent.change(box(), { target: { value: '科技园' } });
    expect(await screen.findByText('Showing 4 of 230; type more to narrow it down')).toBeInTheDocument();

    cleanup();
    answer = { totalCount: 4, totalCountCapped: false };
    renderSearch();
    fireEvent.change(box(), { target: { value: '宏发' } });
    await screen.findByRole('listbox', { name: '搜索结果' });
    expect(screen.queryByText(/显示前/)).not.toBeInTheDocument();
  });

  it('an expired session turns the box back into "sign in to search"', async () => {
    setSessionToken('tok');
    stubGraphql({ Me: () => ({ me: admin }), Search: () => graphqlError('UNAUTHENTICATED') });
    renderSearch();
    fireEvent.change(box(), { target: { value: '宏发' } });
    expect(await screen.findByRole('button', { name: /搜索（需登录）/ })).toBeInTheDocument();
    expect(sessionStorage.length + localStorage.length).toBe(0);
  });

  it('/ and Ctrl+K focus the search box from anywhere', async () => {
    setSessionToken('tok');
    stubGraphql({ Me: () => ({ me: admin }) });
    renderSearch();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(box()).toHaveFocus();
    box().blur();
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    expect(box()).toHaveFocus();
    await waitFor(() => expect(box()).toBeInTheDocument());
  });
});
