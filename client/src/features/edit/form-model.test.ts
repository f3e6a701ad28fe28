import { describe, expect, it } from 'vitest';
import {
  InputError,
  cnyToYi,
  createEnterpriseInput,
  createProjectInput,
  emptyEnterprise,
  emptyProject,
  formField,
  placeErrors,
  segmentChanges,
  splitList,
  updateEnterpriseInput,
  updateProjectInput,
  yiToCny,
} from './form-model';
import { isBackwardMove } from './status-order';

describe('亿元 ↔ CNY', () => {
  it('sends 亿元 as whole yuan, without float noise', () => {
    expect(yiToCny('1.5')).toBe(150_000_000);
    expect(yiToCny('1.1')).toBe(110_000_000); // 1.1 * 1e8 = 110000000.00000001 in floats
    expect(yiToCny(' 12,000 ')).toBe(1_200_000_000_000);
    expect(yiToCny('')).toBeNull();
    expect(() => yiToCny('一亿')).toThrow(InputError);
  });
  it('shows CNY as 亿元 again', () => {
    expect(cnyToYi(150_000_000)).toBe('1.5');
    expect(cnyToYi(null)).toBe('');
  });
});

describe('payloads', () => {
  it('a new enterprise: trimmed names, lists split on 、 and commas, empty fields left out', () => {
    const input = createEnterpriseInput({
      ...emptyEnterprise('p.zs-hitech'),
      name: ' 测试企业 ',
      nameEn: 'Test Co',
      aliases: '测试、 试验,',
      products: '薄膜，背板',
      roles: ['LEADING'],
    });
    expect(input).toEqual({
      name: '测试企业',
      nameEn: 'Test Co',
      aliases: ['测试', '试验'],
      products: ['薄膜', '背板'],
      roles: ['LEADING'],
      parkId: 'p.zs-hitech',
    });
  });

  it('a new project: investment and output in CNY, land in the chosen unit, the investor by id', () => {
    const input = createProjectInput({
      ...emptyProject(),
      name: '项目',
      investmentYi: '2.5',
      annualOutputYi: '10',
      land: '120',
      landUnit: 'mu',
      investor: { id: 'e.x', name: 'X', nameEn: null },
      investorName: 'ignored',
      plannedStartOn: '2025-03',
    });
    expect(input).toEqual({
      name: '项目',
      investmentCny: 250_000_000,
      annualOutputCny: 1_000_000_000,
      landMu: 120,
      investorId: 'e.x',
      plannedStartOn: '2025-03',
    });
    expect(createProjectInput({ ...emptyProject(), name: 'p', land: '5000', landUnit: 'm2' })).toEqual({ name: 'p', landM2: 5000 });
  });

  it('an update sends only what changed, and null for a cleared field', () => {
    const before = { ...emptyEnterprise(), name: '甲', nameEn: 'A', founded: '2010', roles: ['LISTED' as const] };
    expect(updateEnterpriseInput(before, { ...before, founded: '', roles: ['LISTED', 'HIGH_TECH'] })).toEqual({
      founded: null,
      roles: ['LISTED', 'HIGH_TECH'],
    });
    expect(updateEnterpriseInput(before, { ...before })).toEqual({});
    const p = { ...emptyProject(), name: 'p', investmentYi: '1' };
    expect(updateProjectInput(p, { ...p, investmentYi: '1.20' })).toEqual({ investmentCny: 120_000_000 });
  });

  it('segment links to add and remove', () => {
    const s = (id: string) => ({ id, name: id, nameEn: null });
    expect(segmentChanges([s('a'), s('b')], [s('b'), s('c')])).toEqual({ add: ['c'], remove: ['a'] });
  });

  it('splits lists typed either way', () => {
    expect(splitList('a、b；c\nd')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('server field → form input', () => {
  it('maps argument paths to the inputs', () => {
    expect(formField('input.name')).toBe('name');
    expect(formField('input.investmentCny')).toBe('investment');
    expect(formField('input.landM2')).toBe('land');
    expect(formField('input.slug')).toBe('nameEn');
    expect(formField('input.parkId')).toBe('park');
    expect(formField('reason')).toBe('reason');
    // a link mutation's input.toId belongs to the picker that made it
    expect(formField('input.toId', 'segments')).toBe('segments');
  });
  it('puts errors of unknown inputs at form level', () => {
    const issue = { code: 'INVALID', message: 'x' };
    expect(placeErrors({ name: [issue], weird: [issue] }, ['name'])).toEqual({ name: [issue], '': [issue] });
  });
  it('maps a capacity row’s error to that row’s input; `capacities.*` is not `capacitiesX`', () => {
    const issue = { code: 'INVALID', message: 'x' };
    expect(formField('input.capacities.1.value')).toBe('capacities.1.value');
    expect(placeErrors({ 'capacities.1.value': [issue], capacitiesX: [issue], 'capacities.': [issue] }, ['capacities.*'])).toEqual({
      'capacities.1.value': [issue],
      '': [issue, issue],
    });
  });
});

describe('backward moves', () => {
  it('knows the lifecycle order', () => {
    expect(isBackwardMove('IN_PRODUCTION', 'SIGNED')).toBe(true);
    expect(isBackwardMove('SIGNED', 'CONSTRUCTION')).toBe(false);
    expect(isBackwardMove('CONSTRUCTION', 'LOST')).toBe(false);
    expect(isBackwardMove('LOST', 'SIGNED')).toBe(true);
    expect(isBackwardMove(null, 'SIGNED')).toBe(false);
  });
});
