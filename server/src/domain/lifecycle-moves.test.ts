// The lifecycle rules on their own: partial-date comparison and what a move writes.
import { describe, expect, it } from 'vitest';
import { span } from './partial-dates.js';
import { certainlyBefore, planMove } from './lifecycle-moves.js';

const today = '2025-06-30';

describe('lifecycle rules', () => {
  it('reads partial dates as ranges', () => {
    expect(span('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(span('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(span('2023-02-14')).toEqual({ start: '2023-02-14', end: '2023-02-14' });
    expect(certainlyBefore('2023', '2023-05')).toBe(false);
    expect(certainlyBefore('2023-04', '2023-05-01')).toBe(true);
    expect(certainlyBefore('2023-05-02', '2023-05')).toBe(false);
  });

  it('plans a forward move: status, its date, statusAsOf', () => {
    const r = planMove({ status: 'signed', signedOn: '2023-01' }, 'construction', '2023-03', null, today);
    expect(r).toEqual({
      plan: { backward: false, props: { startedOn: '2023-03', status: 'construction', statusAsOf: '2023-03', statusInferred: null } },
    });
  });

  it('treats a project without status as planned, and lost as reachable from anywhere', () => {
    expect('plan' in planMove({}, 'signed', '2020', null, today)).toBe(true);
    expect('plan' in planMove({ status: 'full_capacity', fullCapacityOn: '2024' }, 'lost', '2025-01', null, today)).toBe(true);
  });

  it('refuses backward moves without reason, future dates and out-of-order dates together', () => {
    const r = planMove({ status: 'in_production', signedOn: '2024-03', inProductionOn: '2025-01' }, 'construction', '2024-01', null, today);
    expect(r).toEqual({
      errors: [
        { field: 'reason', code: 'BACKWARD_MOVE', message: expect.stringMatching(/in_production back to construction/) },
        { field: 'date', code: 'DATE_OUT_OF_ORDER', message: expect.stringMatching(/signed date 2024-03/) },
      ],
    });
    expect(planMove({ status: 'signed' }, 'construction', '2026', null, today)).toMatchObject({ errors: [{ code: 'DATE_IN_FUTURE' }] });
  });

  it('a backward move with a reason clears the undone stages’ dates', () => {
    const r = planMove(
      { status: 'trial_production', signedOn: '2022', startedOn: '2023', trialProductionOn: '2024' },
      'signed',
      '2024-06',
      '重新谈判',
      today,
    );
    expect(r).toEqual({
      plan: {
        backward: true,
        props: {
          startedOn: null,
          trialProductionOn: null,
          signedOn: '2024-06',
          status: 'signed',
          statusAsOf: '2024-06',
          statusInferred: null,
        },
      },
    });
  });
});
