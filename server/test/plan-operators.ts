// A plan's operators from the root down, each as its type (without the `@database` suffix) and
// its details: what the plan tests look for.
import type { Plan } from 'neo4j-driver';

export interface PlanOperator {
  op: string;
  details: string;
}

export const planOperators = (p: Plan): PlanOperator[] => [
  { op: p.operatorType.replace(/@.*$/, ''), details: String(p.arguments?.['Details'] ?? '') },
  ...p.children.flatMap(planOperators),
];
