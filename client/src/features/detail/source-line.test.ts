import { describe, expect, it } from 'vitest';
import { sourceParts } from './source-line';

const s000 = {
  title: '攀高塑新——舟山高新技术产业园区2023年高质量发展综述',
  titleEn: "Climbing higher: Zhoushan High-tech Industrial Park's 2023 review",
  publisher: '舟山市经济和信息化局（供图）',
  publisherEn: 'Zhoushan Bureau of Economy and Information Technology (photographs)',
  date: '2024',
  dateApprox: true,
  reference: null,
};

describe('a source as the detail panel words it', () => {
  it('gives title, publisher and date in Chinese, "约" before an approximate date', () => {
    expect(sourceParts(s000, 'zh')).toEqual({ title: s000.title, publisher: s000.publisher, date: '约2024', reference: null });
  });
  it('gives the English title and publisher in English, "c." before an approximate date', () => {
    expect(sourceParts(s000, 'en')).toEqual({ title: s000.titleEn, publisher: s000.publisherEn, date: 'c. 2024', reference: null });
  });
  it('falls back to the original where no English is known, and leaves unknowns empty', () => {
    expect(sourceParts({ title: '报告', titleEn: null, publisher: '某局', publisherEn: null, date: null }, 'en')).toEqual({
      title: '报告',
      publisher: '某局',
      date: null,
      reference: null,
    });
  });
});
