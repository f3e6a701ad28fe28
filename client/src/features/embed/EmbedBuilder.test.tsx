import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../shared/i18n/context';
import { chainsResult } from '../../test/fixtures';

const CHAINS = chainsResult.chains;
import { EmbedBuilder } from './EmbedBuilder';

const ready = { status: 'ready' as const, chains: CHAINS, retry: () => {} };

function renderBuilder(props: Partial<Parameters<typeof EmbedBuilder>[0]> = {}) {
  const onNavigate = vi.fn();
  render(
    <I18nProvider lang="zh">
      <EmbedBuilder
        chainsState={ready}
        chainId="pv"
        parkId="zs-hitech"
        regionId={null}
        onNavigate={onNavigate}
        origin="https://graph.example.cn"
        {...props}
      />
    </I18nProvider>,
  );
  return { onNavigate, snippet: () => (screen.getByRole('textbox', { name: '嵌入代码' }) as HTMLTextAreaElement).value };
}

describe('EmbedBuilder', () => {
  it('builds the script snippet for the chain and park of the URL, and follows each choice', () => {
    const { snippet } = renderBuilder();
    expect(snippet()).toBe(
      '<script type="module" src="https://graph.example.cn/widget/chain-map.js"></script>\n' +
        '<chain-map endpoint="https://graph.example.cn" chain="pv" park="zs-hitech" lang="zh" height="420" theme="light"></chain-map>',
    );
    fireEvent.change(screen.getByLabelText('标题中的园区或地区名称（可选）'), { target: { value: '舟山高新技术产业园区' } });
    expect(snippet()).toContain('park="zs-hitech" scope-name="舟山高新技术产业园区" lang="zh"');
    fireEvent.change(screen.getByLabelText('图谱语言'), { target: { value: 'en' } });
    fireEvent.change(screen.getByLabelText('配色'), { target: { value: 'dark' } });
    fireEvent.change(screen.getByLabelText('图谱高度（像素）'), { target: { value: '600' } });
    expect(snippet()).toContain('lang="en" height="600" theme="dark"');
    // The live preview is the /embed page with the same choices.
    expect(screen.getByTitle('产业链图谱嵌入预览').getAttribute('src')).toBe(
      'https://graph.example.cn/embed?chain=pv&park=zs-hitech&scope-name=%E8%88%9F%E5%B1%B1%E9%AB%98%E6%96%B0%E6%8A%80%E6%9C%AF%E4%BA%A7%E4%B8%9A%E5%9B%AD%E5%8C%BA&lang=en&height=600&theme=dark',
    );
  });

  it('offers the iframe with its resize listener, and copies the snippet', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { snippet } = renderBuilder({ parkId: null, regionId: 'zj.zhoushan' });
    fireEvent.click(screen.getByLabelText('iframe（不允许脚本的网站）'));
    expect(snippet()).toMatch(
      /^<iframe class="chain-map-frame" src="https:\/\/graph\.example\.cn\/embed\?chain=pv&amp;region=zj\.zhoushan&amp;lang=zh&amp;height=420"/,
    );
    expect(snippet()).toContain("e.origin !== 'https://graph.example.cn'");
    fireEvent.click(screen.getByRole('button', { name: '复制代码' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('已复制'));
    expect(writeText).toHaveBeenCalledWith(snippet());
  });

  it('changes the chain through the URL, dropping the old scope', () => {
    const { onNavigate } = renderBuilder();
    fireEvent.change(screen.getByLabelText('产业链'), { target: { value: CHAINS[1]!.id } });
    expect(onNavigate).toHaveBeenCalledWith({ chain: CHAINS[1]!.id, park: null, region: null });
  });
});
