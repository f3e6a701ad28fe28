import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/context';
import { LAST_YEAR, YearSlider } from './YearSlider';

function renderSlider(asOf: string | null) {
  const onChange = vi.fn();
  render(
    <I18nProvider lang="zh">
      <YearSlider asOf={asOf} onChange={onChange} />
    </I18nProvider>,
  );
  return { onChange, input: screen.getByRole('slider', { name: '时间' }) as HTMLInputElement };
}

describe('YearSlider', () => {
  it('sets asOf to the chosen year, and "now" clears it', () => {
    const { onChange, input } = renderSlider(null);
    expect(input.value).toBe(String(LAST_YEAR + 1));
    expect(screen.getByTestId('year-value')).toHaveTextContent('现在');
    fireEvent.change(input, { target: { value: '2022' } });
    expect(onChange).toHaveBeenLastCalledWith('2022');
  });

  it('clears asOf at the "now" end', () => {
    const { onChange, input } = renderSlider('2022');
    fireEvent.change(input, { target: { value: String(LAST_YEAR + 1) } });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('shows a full date as its year', () => {
    const { input } = renderSlider('2019-06-30');
    expect(input.value).toBe('2019');
    expect(input).toHaveAttribute('aria-valuetext', '截至 2019 年底');
  });
});
