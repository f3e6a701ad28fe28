import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/context';
import { DataTable, type TableColumn } from './DataTable';

type Row = { id: string; name: string; n: number };
const rows: Row[] = [
  { id: 'a', name: '乙', n: 2 },
  { id: 'b', name: '甲', n: 10 },
];

function setup(lang: 'zh' | 'en' = 'zh') {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return 'blob:x';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  const columns: TableColumn<Row>[] = [
    { key: 'name', header: lang === 'zh' ? '名称' : 'Name', value: (r) => r.name },
    { key: 'n', header: lang === 'zh' ? '数量' : 'Count', value: (r) => r.n },
  ];
  render(
    <I18nProvider lang={lang}>
      <DataTable
        caption={lang === 'zh' ? '补链分析' : 'Gap report'}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        fileParts={['乐山经开区', '半导体']}
      />
    </I18nProvider>,
  );
  return { blobs, names };
}

const readText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe('DataTable', () => {
  it('exports what it shows as CSV with a BOM and the headers of the language', async () => {
    const { blobs, names } = setup('zh');
    fireEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    expect(names[0]).toMatch(/^乐山经开区_半导体_补链分析_\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = new Uint8Array(
      await new Promise<ArrayBuffer>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(blobs[0]!);
      }),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await readText(blobs[0]!)).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('名称,数量');
  });

  it('exports .xlsx as a non-empty blob', async () => {
    const { blobs, names } = setup('en');
    fireEvent.click(screen.getByRole('button', { name: 'Export .xlsx' }));
    await waitFor(() => expect(names[0]).toMatch(/_Gap-report_\d{4}-\d{2}-\d{2}\.xlsx$/));
    expect(blobs[0]!.size).toBeGreaterThan(500);
  });

  it('sorts by a header, and says so to assistive technology', () => {
    setup('en');
    const header = screen.getByRole('columnheader', { name: /Count/ });
    fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const cells = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.firstElementChild!.textContent);
    expect(cells).toEqual(['甲', '乙']);
  });
});
