import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';

/**
 * The operation a request runs (by name, or the first) and a document holding only it and the
 * fragments — what the request plugins (cost, admission, public read) each walk before execution.
 * Null when the operation is missing: execution reports that itself.
 */
export function chosenOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
): { operation: OperationDefinitionNode; only: DocumentNode } | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return null;
  const only: DocumentNode = {
    ...document,
    definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
  };
  return { operation, only };
}
