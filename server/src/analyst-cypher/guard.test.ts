// The plan rules on hand-made summaries; the same rules on real plans are in schema/analyst.test.ts.
import type { ResultSummary } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { checkPlan, QueryRefused } from './guard.js';

function summary(queryType: string, ops: string[], details: Record<string, string> = {}, database = 'neo4j'): ResultSummary {
  // A linear plan: ops[0] is the root.
  const build = (i: number): unknown =>
    i >= ops.length
      ? undefined
      : { operatorType: ops[i], arguments: { Details: details[ops[i]!] ?? '' }, children: i + 1 < ops.length ? [build(i + 1)] : [] };
  return { queryType, plan: build(0), database: { name: database } } as unknown as ResultSummary;
}

function reason(s: ResultSummary, db?: string): string | null {
  try {
    checkPlan(s, db);
    return null;
  } catch (e) {
    if (e instanceof QueryRefused) return e.reason;
    throw e;
  }
}

describe('analyst plan guard', () => {
  it('lets a plain read through', () => {
    expect(reason(summary('r', ['ProduceResults@neo4j', 'Expand(All)@neo4j', 'NodeByLabelScan@neo4j']), 'neo4j')).toBeNull();
    expect(
      reason(summary('r', ['ProduceResults@neo4j', 'ProcedureCall@neo4j'], { 'ProcedureCall@neo4j': 'db.labels() :: (label :: STRING)' })),
    ).toBeNull();
  });

  it('refuses by query type, operator, procedure and database', () => {
    expect(reason(summary('rw', ['ProduceResults@neo4j', 'Create@neo4j']))).toBe('READ_ONLY');
    expect(reason(summary('s', ['CreateIndex@neo4j']))).toBe('READ_ONLY');
    expect(reason(summary('r', ['ProduceResults@neo4j', 'LoadCSV@neo4j']))).toBe('LOAD_CSV');
    expect(reason(summary('r', ['ProduceResults@neo4j', 'TransactionApply@neo4j']))).toBe('IN_TRANSACTIONS');
    expect(reason(summary('r', ['ProduceResults@neo4j', 'TerminateTransactions@neo4j']))).toBe('COMMAND');
    // A writing operator in a plan that claims to be a read is still refused.
    expect(reason(summary('r', ['ProduceResults@neo4j', 'SetProperty@neo4j']))).toBe('READ_ONLY');
    expect(
      reason(summary('r', ['ProduceResults@neo4j', 'ProcedureCall@neo4j'], { 'ProcedureCall@neo4j': 'db.info() :: (id :: STRING)' })),
    ).toBe('PROCEDURE_NOT_ALLOWED');
    expect(reason(summary('r', ['ProduceResults@system']))).toBe('OTHER_DATABASE');
    expect(reason(summary('r', ['ProduceResults@other'], {}, 'other'), 'neo4j')).toBe('OTHER_DATABASE');
  });
});
