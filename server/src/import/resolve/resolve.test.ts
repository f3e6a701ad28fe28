// Entity resolution: every case of the matching rules, including the credit code's check digit.
import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckChar } from './credit-code.js';
import { NameNormaliser, stripStatusMarks } from './names.js';
import { FirmIndex } from './resolver.js';

const places = new NameNormaliser({ names: ['山西省', '浙江省', '宁波市', '北京市', '苏州市', '杭州市', '广西壮族自治区', '上海市'] });

describe('credit code (GB 32100-2015)', () => {
  it('accepts a code whose check character matches, in any width or case', () => {
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ ok: true, code: '91350100M000100Y43' });
    expect(checkCreditCode(' ９１３５０１００ｍ０００１００ｙ４３ ')).toEqual({ ok: true, code: '91350100M000100Y43' });
  });
  it('refuses a wrong check character, a wrong length and letters outside the alphabet', () => {
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ ok: false, reason: 'check character is 4, expected 3' });
    expect(checkCreditCode('91350100M000100Y4')).toMatchObject({ ok: false, reason: expect.stringContaining('18 characters') });
    expect(checkCreditCode('91350100M000100I43')).toMatchObject({ ok: false, reason: expect.stringContaining('"I"') });
  });
  it('maps a remainder of 0 to the character 0 (31 mod 31)', () => {
    // Any 17 characters whose weighted sum is a multiple of 31 end in 0.
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });
});

describe('name normalisation', () => {
  it('strips legal-form suffixes, longest first', () => {
    expect(places.core('宁波长阳科技股份有限公司')).toBe('长阳科技');
    expect(places.core('浙江龙盛集团股份有限公司')).toBe('龙盛');
    expect(places.core('华翔集团')).toBe('华翔');
    expect(places.core('舟山金越电器有限公司')).toBe('舟山金越电器'); // 舟山 is not in this place list
  });
  it('strips leading province and city names, with or without 省/市', () => {
    expect(places.core('浙江省宁波市某某材料有限公司')).toBe('某某材料');
    expect(places.core('杭州立昂微电子股份有限公司')).toBe('立昂微电子');
    expect(places.leadingPlace('苏州晶瑞化学股份有限公司')).toBe('苏州');
    expect(places.leadingPlace('比亚迪股份有限公司')).toBeNull();
  });
  it('treats full-width and half-width forms and brackets alike; drops a bracketed place', () => {
    expect(places.core('康龙化成（北京）新药技术股份有限公司')).toBe(places.core('康龙化成(北京)新药技术股份有限公司'));
    expect(places.core('康龙化成（北京）新药技术股份有限公司')).toBe('康龙化成新药技术');
    expect(places.core('ＡＢＣ科技有限公司')).toBe('abc科技');
  });
  it('never strips a name down to nothing', () => {
    expect(places.core('北京有限公司')).toBe('北京');
    expect(places.core('集团')).toBe('集团');
  });
  it('strips status marks from short names and says when nothing else is left', () => {
    expect(stripStatusMarks('康得退(退市)')).toEqual({ name: '康得', display: '康得', marks: ['退', '(退市)'] });
    expect(stripStatusMarks('*ST天龙').name).toBe('天龙');
    expect(stripStatusMarks('沪硅产业-U').name).toBe('沪硅产业');
    expect(stripStatusMarks('退').name).toBe('');
  });
});

describe('resolving firms', () => {
  const index = new FirmIndex(places);
  index.add({ id: 'e.changyang', name: '宁波长阳科技股份有限公司', shortName: '长阳科技', seeded: true, regionIds: ['zj.ningbo', 'zj'] });
  index.add({ id: 'e.longsheng', name: '龙盛', seeded: true });
  index.add({ id: 'e.joyson', name: '均胜电子', seeded: true });
  index.add({ id: 'e.huaxiang', name: '华翔集团', seeded: true, regionIds: ['zj.ningbo', 'zj'] });
  index.add({ id: 'e.jingrui', name: '晶瑞电子', seeded: true });
  index.add({ id: 'e.listed.600699', name: '宁波均胜电子股份有限公司', shortName: '均胜电子', stockCode: '600699' });
  index.add({ id: 'e.credit', name: '某公司', creditCode: '91350100M000100Y43' });
  index.add({ id: 'e.jinlong-a', name: '金龙甲' });
  index.add({ id: 'e.jinlong-b', name: '金龙甲有限公司' });

  it('matches by credit code when its check digit is valid, and refuses an invalid one', () => {
    expect(index.resolve({ name: '完全不同的名字', creditCode: '91350100m000100y43' })).toEqual({
      kind: 'certain',
      id: 'e.credit',
      by: 'creditCode',
    });
    expect(index.resolve({ name: '某公司', creditCode: '91350100M000100Y44' })).toEqual({
      kind: 'invalid',
      field: 'creditCode',
      reason: 'check character is 4, expected 3',
    });
  });
  it('matches by stock code before any name', () => {
    expect(index.resolve({ name: '改了名的均胜', stockCode: '600699' })).toEqual({
      kind: 'certain',
      id: 'e.listed.600699',
      by: 'stockCode',
    });
  });
  it('matches two full legal names through legal forms, province and city prefixes and width', () => {
    expect(index.resolve({ name: '宁波长阳科技有限公司', stockCode: '688299' })).toEqual({
      kind: 'certain',
      id: 'e.changyang',
      by: 'name',
    });
    expect(index.resolve({ name: '浙江省宁波长阳科技股份有限公司' })).toEqual({ kind: 'certain', id: 'e.changyang', by: 'name' });
    expect(index.resolve({ name: '宁波长阳科技股份有限公司'.replace('科技', 'ＫＪ') })).toMatchObject({ kind: 'none' });
    expect(index.resolve({ name: '宁波长阳科技（股份）有限公司' })).toMatchObject({ kind: 'certain', id: 'e.changyang' });
  });
  it('matches a short name the graph already knows, written exactly', () => {
    expect(index.resolve({ name: '宁波均胜汽车电子股份有限公司', shortName: '均胜电子', stockCode: '000001' })).toEqual({
      kind: 'certain',
      id: 'e.joyson',
      by: 'shortName',
    });
  });
  it('lists a bare brand matching a full name for a person: group or member?', () => {
    expect(index.resolve({ name: '浙江龙盛集团股份有限公司', shortName: '浙江龙盛', stockCode: '600352' })).toMatchObject({
      kind: 'uncertain',
      candidates: [{ id: 'e.longsheng' }],
    });
  });
  it('lists names that match in a different place for a person', () => {
    const r = index.resolve({ name: '山西华翔集团股份有限公司', stockCode: '603112', regionIds: ['sx'] });
    expect(r).toMatchObject({ kind: 'uncertain', candidates: [{ id: 'e.huaxiang', why: expect.stringContaining('another place') }] });
  });
  it('lists a shared prefix for a person instead of merging', () => {
    const r = index.resolve({ name: '苏州晶瑞化学股份有限公司', shortName: '晶瑞股份', stockCode: '300655' });
    expect(r).toMatchObject({ kind: 'uncertain', candidates: [{ id: 'e.jingrui' }] });
  });
  it('lists several firms with the same core for a person', () => {
    const r = index.resolve({ name: '金龙甲股份有限公司' });
    expect(r.kind).toBe('uncertain');
    expect(r.kind === 'uncertain' && r.candidates.map((c) => c.id).sort()).toEqual(['e.jinlong-a', 'e.jinlong-b']);
  });
  it('never merges firms with different stock codes, and leaves unrelated names new', () => {
    // Not the listed 均胜 (another stock code); the seeded brand without a code is only a candidate.
    expect(index.resolve({ name: '宁波均胜电子股份有限公司', stockCode: '000001' })).toMatchObject({
      kind: 'uncertain',
      candidates: [{ id: 'e.joyson' }],
    });
    expect(index.resolve({ name: '比亚迪股份有限公司', stockCode: '002594' })).toEqual({ kind: 'none' });
  });
});
