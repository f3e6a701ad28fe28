import { useId } from 'react';
import { useParkMapT } from '../i18n/park-map-messages';

export const FIRST_YEAR = 2010;
/** The last year with dated projects in the sources; one step past it means "now". */
export const LAST_YEAR = 2024;
const NOW_POSITION = LAST_YEAR + 1;

interface YearSliderProps {
  /** The URL's asOf (YYYY, YYYY-MM or YYYY-MM-DD); null: now. */
  asOf: string | null;
  onChange: (asOf: string | null) => void;
}

/**
 * The slider's rightmost position is "now"; the output beside it names the value.
 * 时间: replays how a park's chain filled in. A native range input (arrow keys,
 * Home/End work), its rightmost position "now" clears asOf.
 */
export function YearSlider({ asOf, onChange }: YearSliderProps) {
  const pt = useParkMapT();
  const id = useId();
  const parsed = asOf ? Number.parseInt(asOf.slice(0, 4), 10) : NaN;
  const year = Number.isFinite(parsed) ? Math.min(Math.max(parsed, FIRST_YEAR), LAST_YEAR) : null;
  const position = year ?? NOW_POSITION;
  const text = pt.yearValue(year);

  return (
    <div className="year-slider">
      <label htmlFor={id}>{pt.yearLabel}</label>
      <span aria-hidden="true">{FIRST_YEAR}</span>
      <input
        id={id}
        type="range"
        min={FIRST_YEAR}
        max={NOW_POSITION}
        step={1}
        value={position}
        aria-valuetext={text}
        data-testid="year-slider"
        onChange={(event) => {
          const next = Number(event.currentTarget.value);
          onChange(next >= NOW_POSITION ? null : String(next));
        }}
      />
      <output htmlFor={id} data-testid="year-value">{text}</output>
    </div>
  );
}
