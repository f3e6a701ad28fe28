import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../shared/i18n/context';
import { lsPark, stubParkApi } from '../../test/park-fixtures';
import { leadChainOf } from './lead-chain';
import { ParkView } from './ParkView';

const chain = (id: string) => ({ chain: { id, name: id, nameEn: null }, chainChief: null, designation: null, note: null });

describe('a park opens on its lead chain', () => {
  it('prefers the server’s lead chain over the first listed, and falls back to the first', () => {
    expect(leadChainOf({ leadChain: { id: 'pv' }, chains: [chain('auto'), chain('pv')] })).toBe('pv');
    expect(leadChainOf({ leadChain: null, chains: [chain('auto'), chain('pv')] })).toBe('auto');
    expect(leadChainOf({ leadChain: null, chains: [] })).toBeNull();
  });

  it('asks the gap report for the lead chain when the link names no chain', async () => {
    const fetchMock = stubParkApi({
      Park: { data: { park: { ...lsPark, leadChain: { id: 'semi' }, chains: [chain('auto'), ...lsPark.chains] } } },
    });
    render(
      <I18nProvider lang="zh">
        <ParkView parkId="ls-etdz" chainId={null} asOf={null} onNavigate={() => {}} />
      </I18nProvider>,
    );
    await screen.findByRole('table', { name: '补链分析' });
    const gapCall = fetchMock.mock.calls
      .map((c) => JSON.parse(String((c as unknown as [string, RequestInit])[1].body)) as { query: string; variables: { chainId?: string } })
      .find((b) => b.query.includes('query GapReport'));
    expect(gapCall?.variables.chainId).toBe('semi');
  });
});
