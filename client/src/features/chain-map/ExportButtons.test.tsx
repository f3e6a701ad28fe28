import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraph } from '../../graph/create-graph';
import { composePng } from '../../graph/export-lanes';
import { I18nProvider } from '../../shared/i18n/context';
import { ExportButtons, exportFileName } from './ExportButtons';

// jsdom has no canvas to compose a PNG on; the composition is tested in export-lanes.test.ts.
vi.mock('../../graph/export-lanes', async (orig) => ({
  ...(await orig<typeof import('../../graph/export-lanes')>()),
  composePng: vi.fn(async () => new Blob(['png'], { type: 'image/png' })),
}));

afterEach(() => vi.restoreAllMocks());

/** A headless graph with one upstream and one downstream segment, plus stubbed exporters. */
function fakeGraph(svg: () => string) {
  const cy = createGraph({
    container: null,
    headless: true,
    elements: [
      { data: { id: 'a', kind: 'segment', stage: 'UPSTREAM', laneLabel: '上游' }, position: { x: 0, y: 0 } },
      { data: { id: 'b', kind: 'segment', stage: 'DOWNSTREAM', laneLabel: '下游' }, position: { x: 400, y: 0 } },
    ],
  });
  return Object.assign(cy, { svg }) as Core;
}

describe('ExportButtons', () => {
  it('downloads the whole graph with its stage bands as PNG (2×) and SVG under chain-park-date names', async () => {
    const svg = vi.fn(() => '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><path d="M0 0"/></svg>');
    const cy = fakeGraph(svg);
    const createObjectURL = vi.fn((_b: Blob) => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });

    render(
      <I18nProvider lang="zh">
        <ExportButtons cy={cy} fileName={exportFileName('pv', 'zs-hitech', '2022')} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '导出 PNG' }));
    await waitFor(() => expect(names).toEqual(['pv-zs-hitech-2022.png']));
    expect(composePng).toHaveBeenCalledWith(
      cy,
      [expect.objectContaining({ label: '上游' }), expect.objectContaining({ label: '下游' })],
      2,
    );
    fireEvent.click(screen.getByRole('button', { name: '导出 SVG' }));
    await waitFor(() => expect(names).toEqual(['pv-zs-hitech-2022.png', 'pv-zs-hitech-2022.svg']));
    expect(svg).toHaveBeenCalledWith(expect.objectContaining({ full: true }));
    const blob = createObjectURL.mock.calls[1]![0];
    expect(blob.type).toContain('image/svg+xml');
    // jsdom's Blob has no text(); FileReader it is.
    const text = await new Promise<string>((resolve) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result));
      r.readAsText(blob);
    });
    expect(text).toContain('>上游</text>');
    expect(text).toContain('>下游</text>');
    expect(text).toContain('<path d="M0 0"');
  });

  it('says so when an export fails', async () => {
    const cy = fakeGraph(() => 'not svg at all');
    render(
      <I18nProvider lang="en">
        <ExportButtons cy={cy} fileName="x" />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export SVG' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });

  it('is disabled until there is a graph', () => {
    render(
      <I18nProvider lang="en">
        <ExportButtons cy={null} fileName="x" />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Export PNG' })).toBeDisabled();
  });
});
