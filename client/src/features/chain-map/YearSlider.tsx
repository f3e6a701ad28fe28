import { useId } from 'react';
import { useParkMapT } from './messages';

interface YearSliderProps {
  /** The URL's asOf (YYYY, YYYY-MM or YYYY-MM-DD); null: now. */
  asOf: string | null;
  onChange: (asOf: string | null) => void;
  /**
   * The earliest dated evidence behind the map (chainMap's dateRange.earliest): undefined while
   * not known yet, null when nothing in the scope is dated.
   */
  earliest: string | null | undefined;
  /** The year "now" falls in; a parameter for tests. */
  currentYear?: number;
}

/**
 * Slider positions: from the year before the first dated evidence (the chain before anything
 * local was known) to the current year, whose position means "now".
 */
export function yearRange(earliest: string, currentYear: number): { first: number; now: number } {
  const year = Number.parseInt(earliest.slice(0, 4), 10);
  const first = Number.isFinite(year) ? Math.min(year - 1, currentYear - 1) : currentYear - 1;
  return { first, now: currentYear };
}

/**
 * 时间: replays how a park's chain filled in. A native range input (arrow keys, Home/End work);
 * its rightmost position "now" clears asOf; the output beside it names the value.
 */
export function YearSlider({ asOf, onChange, earliest, currentYear = new Date().getFullYear() }: YearSliderProps) {
  const pt = useParkMapT();
  const id = useId();
  if (earliest === null) {
    return (
      <div className="year-slider" data-testid="year-slider-none">
        <span className="year-slider-label">{pt.yearLabel}</span>
        <span className="muted">{pt.yearNoDates}</span>
      </div>
    );
  }
  const { first, now } = yearRange(earliest ?? String(currentYear), currentYear);
  const parsed = asOf ? Number.parseInt(asOf.slice(0, 4), 10) : NaN;
  const year = Number.isFinite(parsed) && parsed < now ? parsed : null;
  const position = year == null ? now : Math.max(year, first);
  const text = pt.yearValue(year);

  return (
    <div className="year-slider">
      <label htmlFor={id}>{pt.yearLabel}</label>
      <span aria-hidden="true">{first}</span>
      <input
        id={id}
        type="range"
        min={first}
        max={now}
        step={1}
        value={position}
        disabled={earliest === undefined}
        aria-valuetext={text}
        data-testid="year-slider"
        onChange={(event) => {
          const next = Number(event.currentTarget.value);
          onChange(next >= now ? null : String(next));
        }}
      />
      <output htmlFor={id} data-testid="year-value">
        {text}
      </output>
    </div>
  );
}
