// @vitest-environment node
// Pure export functions; Node's Blob can be read back (jsdom's has no arrayBuffer()).
import { describe, expect, it } from 'vitest';
import { exportFileName, toCsv, toXlsxBlob, type ExportColumn } from './tables';

type Row = { name: string; status: string; n: number | null };
const columns: ExportColumn<Row>[] = [
  { header: '环节', value: (r) => r.name },
  { header: '状态', value: (r) => r.status },
  { header: 'n', value: (r) => r.n },
];
const rows: Row[] = [
  { name: '红外探测器', status: '已有', n: 1 },
  { name: 'a,"b"', status: 'x\ny', n: null },
];

describe('table export', () => {
  it('writes CSV with a BOM, the headers, and quotes where needed', () => {
    const csv = toCsv(columns, rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('环节,状态,n');
    expect(lines[1]).toBe('红外探测器,已有,1');
    expect(lines[2]).toBe('"a,""b""","x\ny",');
  });

  it('neutralises formula cells (= + - @ tab CR) with an apostrophe; numbers stay numbers, as in the xlsx', () => {
    const hostile: Row[] = [
      { name: '=HYPERLINK("http://evil.example","点我")', status: '+1+1', n: -5 },
      { name: '-2+3', status: '@SUM(A1)', n: 0 },
      { name: '\t=1+1', status: '\r=1', n: 2.5 },
      { name: 'a=b', status: '正常', n: null },
    ];
    const lines = toCsv(columns, hostile).slice(1).split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""点我"")",'+1+1,-5`);
    expect(lines[2]).toBe(`'-2+3,'@SUM(A1),0`);
    expect(lines[3]).toBe(`'\t=1+1,"'\r=1",2.5`);
    expect(lines[4]).toBe('a=b,正常,');
  });

  it('writes a non-empty .xlsx (a zip) blob', async () => {
    const blob = await toXlsxBlob(columns, rows, '补链分析');
    expect(blob.size).toBeGreaterThan(500);
    const head = new Uint8Array(await blob.arrayBuffer()).slice(0, 2);
    expect(String.fromCharCode(...head)).toBe('PK');
  });

  it('names files by park, chain, table and date', () => {
    expect(exportFileName(['乐山经开区', '半导体', '补链分析'], new Date('2026-01-02T00:00:00Z'))).toBe(
      '乐山经开区_半导体_补链分析_2026-01-02',
    );
  });
});
