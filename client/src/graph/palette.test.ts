import { describe, expect, it } from 'vitest';
import { defaults } from './defaults';
import { statusSwatch } from './legend-swatches';
import { contrastRatio, STATUS_LOOK, statusLabel } from './palette';
import { createStylesheet } from './styles';
import { STAGES } from './types';

const hue = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return NaN;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
};

describe('gap-first palette', () => {
  it('draws missing solid, thick and in the red family; pipeline amber; present green', () => {
    expect(STATUS_LOOK.MISSING.borderStyle).toBe('solid');
    expect(STATUS_LOOK.MISSING.borderWidth).toBeGreaterThan(STATUS_LOOK.PRESENT.borderWidth);
    const red = hue(STATUS_LOOK.MISSING.border);
    expect(red < 15 || red > 345).toBe(true);
    expect(hue(STATUS_LOOK.PIPELINE.border)).toBeGreaterThan(20);
    expect(hue(STATUS_LOOK.PIPELINE.border)).toBeLessThan(50);
    expect(hue(STATUS_LOOK.PRESENT.border)).toBeGreaterThan(90);
    expect(hue(STATUS_LOOK.PRESENT.border)).toBeLessThan(160);
  });

  it('gives every status its own glyph and readable text on its fill', () => {
    const glyphs = Object.values(STATUS_LOOK).map((l) => l.glyph);
    expect(new Set(glyphs).size).toBe(3);
    for (const look of Object.values(STATUS_LOOK)) expect(contrastRatio(look.text, look.fill)).toBeGreaterThanOrEqual(4.5);
    // The missing border must stand out against a white canvas (non-text contrast ≥ 3).
    expect(contrastRatio(STATUS_LOOK.MISSING.border, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('never reuses a stage colour for a status (stage is told by lane, not colour)', () => {
    const stageColours = STAGES.flatMap((s) => [defaults.stageColors[s].fill, defaults.stageColors[s].border]);
    for (const look of Object.values(STATUS_LOOK)) {
      expect(stageColours).not.toContain(look.fill);
      expect(stageColours).not.toContain(look.border);
    }
  });

  it('feeds the map stylesheet and the legend swatches from the same values', () => {
    const sheet = createStylesheet();
    for (const [status, look] of Object.entries(STATUS_LOOK)) {
      const rule = sheet.find((r) => 'selector' in r && r.selector === `node.status-${status.toLowerCase()}`);
      expect(rule && 'style' in rule ? rule.style : undefined).toMatchObject({
        'background-color': look.fill,
        'border-color': look.border,
        'border-style': look.borderStyle,
      });
      const swatch = statusSwatch(status as keyof typeof STATUS_LOOK);
      expect(swatch.stroke).toBe(look.border);
      expect(swatch.fill).toBe(look.fill);
    }
  });

  it('keeps selection distinguishable from a gap', () => {
    expect(defaults.selection.border).not.toBe(STATUS_LOOK.MISSING.border);
    const h = hue(defaults.selection.border);
    expect(h > 30 && h < 330).toBe(true);
  });

  it('labels carry the glyph, and a pipeline its expected date', () => {
    expect(statusLabel('硅片', 'MISSING')).toBe('× 硅片');
    expect(statusLabel('组件', 'PIPELINE', '2026-06')).toBe('◐ 组件 (2026-06)');
    expect(statusLabel('组件', 'PRESENT', '2026-06')).toBe('● 组件');
    expect(statusLabel('组件', undefined)).toBe('组件');
  });
});
