import { fireEvent, render, screen } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/context';
import { ExportButtons, exportFileName } from './ExportButtons';

afterEach(() => vi.restoreAllMocks());

describe('ExportButtons', () => {
  it('downloads the whole graph as PNG (2×) and SVG under chain-park-date names', () => {
    const png = vi.fn(() => new Blob(['png'], { type: 'image/png' }));
    const svg = vi.fn(() => '<svg/>');
    const cy = { png, svg } as unknown as Core;
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
    expect(png).toHaveBeenCalledWith(expect.objectContaining({ full: true, scale: 2, output: 'blob' }));
    fireEvent.click(screen.getByRole('button', { name: '导出 SVG' }));
    expect(svg).toHaveBeenCalledWith(expect.objectContaining({ full: true }));
    expect(names).toEqual(['pv-zs-hitech-2022.png', 'pv-zs-hitech-2022.svg']);
    expect(createObjectURL.mock.calls[1]![0].type).toContain('image/svg+xml');
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
