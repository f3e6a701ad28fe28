import { describe, expect, it } from 'vitest';
import { formatAmount, formatCny, unitEn } from './units';

describe('amounts per language', () => {
  it('words money as 亿元 in Chinese and million / billion CNY in English', () => {
    expect(formatCny(4e8, 'zh')).toBe('4 亿元');
    expect(formatCny(4e8, 'en')).toBe('CNY 400 million');
    expect(formatCny(1.2e10, 'zh')).toBe('120 亿元');
    expect(formatCny(1.2e10, 'en')).toBe('CNY 12 billion');
    expect(formatCny(198_000_000, 'en')).toBe('CNY 198 million');
  });

  it('words the documents’ measure words in English (“600 次” → “600 times”)', () => {
    expect(formatAmount(600, '次', 'zh')).toBe('600 次');
    expect(formatAmount(600, '次', 'en')).toBe('600 times');
    expect(formatAmount(963, '家', 'en')).toBe('963 firms');
    expect(formatAmount(1607, '人', 'en')).toBe('1,607 people');
    expect(formatAmount(1607, '人', 'zh')).toBe('1,607 人');
    expect(formatAmount(8, '个', 'en')).toBe('8');
    expect(formatAmount(145, '%', 'en')).toBe('145%');
    expect(formatAmount(224, '亩', 'en')).toBe('224 mu');
    expect(formatAmount(1e8, 'USD', 'en')).toBe('USD 100 million');
  });

  it('keeps per-year units and leaves an unknown unit as it is', () => {
    expect(unitEn('台/年')).toBe('units/year');
    expect(unitEn('片/年')).toBe('wafers/year');
    expect(unitEn('furlongs')).toBe('furlongs');
  });
});
