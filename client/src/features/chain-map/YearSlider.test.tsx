import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';
import { YearSlider, yearRange } from './YearSlider';

// "Now" is 2026 in these tests; the evidence starts in 2023.
function renderSlider(asOf: string | null, earliest: string | null | 'unknown' = '2023', lang: Lang = 'zh') {
  const onChange = vi.fn();
  render(
    <I18nProvider lang={lang}>
      <YearSlider asOf={asOf} earliest={earliest === 'unknown' ? undefined : earliest} currentYear={2026} onChange={onChange} />
    </I18nProvider>,
  );
  return { onChange, input: screen.queryByRole('slider') as HTMLInputElement | null };
}

describe('yearRange', () => {
  it('starts the year before the first dated evidence and ends now', () => {
    expect(yearRange('2023-05', 2026)).toEqual({ first: 2022, now: 2026 });
    expect(yearRange('2010', 2026)).toEqual({ first: 2009, now: 2026 });
    // Evidence dated this year still leaves one year to compare with.
    expect(yearRange('2026-01', 2026)).toEqual({ first: 2025, now: 2026 });
  });
});

describe('YearSlider', () => {
  it('spans the data: from the year before the earliest date to now', () => {
    const { input } = renderSlider(null, '2023');
    expect(input).toHaveAttribute('min', '2022');
    expect(input).toHaveAttribute('max', '2026');
    expect(input!.value).toBe('2026');
    expect(screen.getByTestId('year-value')).toHaveTextContent('现在');
  });

  it('sets asOf to the chosen year, and the "now" end clears it', () => {
    const { onChange, input } = renderSlider('2022');
    expect(input!.value).toBe('2022');
    fireEvent.change(input!, { target: { value: '2024' } });
    expect(onChange).toHaveBeenLastCalledWith('2024');
    fireEvent.change(input!, { target: { value: '2026' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('shows a full date as its year, and a date before the range as itself at the start', () => {
    const { input } = renderSlider('2023-06-30');
    expect(input!.value).toBe('2023');
    expect(input).toHaveAttribute('aria-valuetext', '截至 2023 年底');
  });

  it('keeps a linked year before the range in the text, at the start of the slider', () => {
    const { input } = renderSlider('2015');
    expect(input!.value).toBe('2022');
    expect(screen.getByTestId('year-value')).toHaveTextContent('截至 2015 年底');
  });

  it('is disabled while the range is not known', () => {
    const { input } = renderSlider(null, 'unknown');
    expect(input).toBeDisabled();
  });

  it('explains instead of sliding when nothing is dated', () => {
    const { input } = renderSlider(null, null, 'en');
    expect(input).toBeNull();
    expect(screen.getByTestId('year-slider-none')).toHaveTextContent('No firm or project here has a date');
  });
});
