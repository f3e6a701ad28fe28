import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../shared/i18n/context';
import { jsonResponse } from '../../test/fixtures';
import { noValues, targets } from '../../test/park-fixtures';
import { PARK_MESSAGES } from './messages';
import { EXPORT_LIMIT, TargetsExport, targetColumns } from './TargetsExport';

afterEach(() => vi.unstubAllGlobals());

const candidate = {
  ...targets.items[0]!,
  rank: 1,
  inferred: true,
  parts: [
    { key: 'relevance', label: 'exact', points: 30, values: { ...noValues, relevance: 'EXACT' } },
    { key: 'inferred', label: 'segment mapping is inferred', points: -15, values: noValues },
  ],
};

describe('targets export', () => {
  it('writes one row per candidate with its rank, score and every part worded', () => {
    const zh = targetColumns(PARK_MESSAGES.zh, 'zh');
    expect(zh.map((c) => c.header)).toEqual(['排名', '企业', '股票代码', '得分', '补齐环节', '所在地', '推断', '得分构成']);
    const row = zh.map((c) => c.value(candidate));
    expect(row.slice(0, 7)).toEqual([1, '目标企业', null, 7.5, 'EDA', '成都市', '是']);
    expect(String(row[7])).toMatch(/\+30；.* -15$/);
    const en = targetColumns(PARK_MESSAGES.en, 'en').map((c) => c.value(candidate));
    expect(en[6]).toBe('yes');
  });

  it('asks the API for the whole ranked list, up to its page limit, and offers the sheet', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ data: { targets } }));
    vi.stubGlobal('fetch', fetchMock);
    const created: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (created.push(b), 'blob:x'), revokeObjectURL: () => {} }));
    render(
      <I18nProvider lang="zh">
        <TargetsExport chainId="semi" parkId="ls-etdz" fileParts={['丽水经济技术开发区', '半导体']} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    await waitFor(() => expect(created).toHaveLength(1));
    const body = JSON.parse(String((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body));
    expect(body.variables).toEqual({ chainId: 'semi', parkId: 'ls-etdz', limit: EXPORT_LIMIT });
    // The sheet's bytes are checked in shared/export (jsdom's Blob cannot be read back); here its type.
    expect(created[0]!.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(created[0]!.size).toBeGreaterThan(1000);
  });
});
