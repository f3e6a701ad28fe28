// Decides from Neo4j's own plan (EXPLAIN) whether an analyst's Cypher may run. String matching
// cannot do this (comments, backticks, unicode escapes, procedures that write), so every rule
// reads the planner's answer:
//
// 1. The summary's queryType must be `r`. Writes plan as `w`/`rw`, schema changes and DBMS
//    procedures as `s`.
// 2. Some reads still plan as `r` and are refused by operator: LOAD CSV (reads files or URLs),
//    CALL { … } IN TRANSACTIONS (commits on its own), and the SHOW/TERMINATE commands
//    (TERMINATE TRANSACTIONS plans as `r` and ends other users' work; SHOW TRANSACTIONS shows
//    their queries and parameters).
// 3. Every procedure call must be on the allow-list below. Neo4j Community has no per-procedure
//    privileges, so this list is the boundary for built-in procedures; the database's
//    `dbms.security.procedures.allowlist` (set by the embedded launcher, see db/embedded.ts)
//    additionally keeps any plugin procedure or function not on it from being loaded at all.
//
// The query then runs in a READ transaction, which Neo4j itself refuses to write in.
import type { ResultSummary } from 'neo4j-driver';

/** Read-only procedures an analyst may call: schema introspection and full-text search. */
export const allowedProcedures: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
];

export type RefusalReason = 'READ_ONLY' | 'LOAD_CSV' | 'IN_TRANSACTIONS' | 'COMMAND' | 'PROCEDURE_NOT_ALLOWED' | 'OTHER_DATABASE';

export class QueryRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'QueryRefused';
  }
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** Operators that plan as read but are refused (see rule 2); matched on the name before "@db". */
const refusedOperators: Array<[RegExp, RefusalReason, string]> = [
  [/^LoadCSV$/, 'LOAD_CSV', 'LOAD CSV is not allowed in analyst queries.'],
  [/^Transaction(Apply|Foreach)$/, 'IN_TRANSACTIONS', 'CALL { … } IN TRANSACTIONS is not allowed in analyst queries.'],
  [/^(Show|Terminate)[A-Z]/, 'COMMAND', 'SHOW and TERMINATE commands are not allowed in analyst queries.'],
  // Defence in depth: these never appear in a plan whose queryType is `r`.
  [
    /^(Create|Merge|Set|Delete|DetachDelete|Remove|Foreach|Lock|Drop|Alter|Grant|Deny|Revoke|Rename|Start|Stop|Enable|Assert|DoNothingIfExists|SystemProcedureCall)/,
    'READ_ONLY',
    'Analyst queries are read-only.',
  ],
];

function operatorName(op: string): string {
  const at = op.indexOf('@');
  return at < 0 ? op : op.slice(0, at);
}

/** "db.labels() :: (label :: STRING)" → "db.labels". */
function procedureName(details: unknown): string {
  const text = typeof details === 'string' ? details : '';
  const paren = text.indexOf('(');
  return (paren < 0 ? text : text.slice(0, paren)).trim();
}

function walk(plan: PlanNode, visit: (p: PlanNode) => void): void {
  visit(plan);
  for (const child of plan.children ?? []) walk(child, visit);
}

/**
 * Throws QueryRefused unless the EXPLAIN summary shows a plain read on the expected database.
 * `database` is the database the executor uses (undefined: the server default, not checked).
 */
export function checkPlan(summary: ResultSummary, database: string | undefined, allowed: readonly string[] = allowedProcedures): void {
  if (summary.queryType !== 'r') {
    throw new QueryRefused('READ_ONLY', `Analyst queries are read-only; this one would ${describeType(summary.queryType)}.`);
  }
  if (database && summary.database.name && summary.database.name !== database) {
    throw new QueryRefused('OTHER_DATABASE', `Analyst queries run on database "${database}" only.`);
  }
  const plan = (summary.plan || undefined) as PlanNode | undefined;
  if (!plan) throw new QueryRefused('COMMAND', 'The query has no plan to check, so it cannot run.');
  walk(plan, (node) => {
    const op = operatorName(node.operatorType);
    // Each operator names the database it runs on ("Expand(All)@neo4j"); `USE system …` would
    // show up here (it already plans as `s` today).
    const on = node.operatorType.includes('@') ? node.operatorType.slice(node.operatorType.lastIndexOf('@') + 1) : undefined;
    if (on === 'system' || (database && on && on !== database)) {
      throw new QueryRefused('OTHER_DATABASE', `Analyst queries run on the graph database only, not on "${on}".`);
    }
    for (const [pattern, reason, message] of refusedOperators) {
      if (pattern.test(op)) throw new QueryRefused(reason, message);
    }
    if (op === 'ProcedureCall') {
      const name = procedureName(node.arguments.Details);
      if (!allowed.includes(name)) {
        throw new QueryRefused(
          'PROCEDURE_NOT_ALLOWED',
          `Procedure ${name || '(unknown)'} is not allowed in analyst queries; allowed: ${allowed.join(', ')}.`,
        );
      }
    }
  });
}

function describeType(t: string): string {
  switch (t) {
    case 'w':
      return 'write';
    case 'rw':
      return 'read and write';
    case 's':
      return 'change the schema or call a DBMS procedure';
    default:
      return `be of type "${t}"`;
  }
}
