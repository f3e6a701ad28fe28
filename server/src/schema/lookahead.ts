// Lookahead for root fields (issue 15). `park(id) { projects { … } }` used to cost two round
// trips one after the other: the park through the node loader, then, once the park was known,
// its page of projects. The page statement returns the parent too and primes the node loader
// (connection.ts loadPage), so a root field that sees which batched connections are selected
// under it can start those pages FIRST, await them, and find its own node already loaded: one
// round trip (two in parallel when two connections are asked). The child resolver later asks
// for the same page with the same DataLoader key and gets the cached promise: nothing runs twice.
//
// The child resolver stays the authority on its arguments: whatever would make it fail
// (first > MAX_PAGE, a bad cursor, an argument that does not coerce) only skips the prefetch
// here, so the child raises its proper error, and a failed prefetch is swallowed for the
// child (which awaits the same promise) to report.
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  typeFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type FragmentSpreadNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context.js';
import { loadPage, pageOf, type PageSource } from './connection.js';

/**
 * How each batched connection field turns its arguments into its page source, by field name.
 * Typed per field by its owner (`never` accepts any argument type); here the arguments are the
 * ones graphql coerced for that very field, as its resolver gets them. List only fields whose
 * access is settled before execution (no authScopes of their own, as today): the page is read
 * before the child field's own checks would run.
 */
export type PagedFields = Record<string, (args: never) => PageSource>;
type Source = (args: Record<string, unknown>) => PageSource;

/** False when @skip/@include drop the selection for these variables. */
function included(node: FieldNode | InlineFragmentNode | FragmentSpreadNode, variables: GraphQLResolveInfo['variableValues']): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false) return false;
  return true;
}

/** Whether a fragment on `condition` applies to objects of `type` (as the executor decides it). */
function fits(info: GraphQLResolveInfo, condition: InlineFragmentNode['typeCondition'], type: GraphQLObjectType): boolean {
  if (!condition) return true;
  const on = typeFromAST(info.schema, condition);
  if (on === type) return true;
  return on !== undefined && isAbstractType(on) && info.schema.isSubType(on, type);
}

/**
 * The fields named in `names` selected directly on the object this resolver returns (of `type`),
 * through inline fragments and named fragments whose type condition fits, and not dropped by
 * @skip/@include: one node per occurrence (aliases with different arguments are different loads).
 */
export function selectedFields(info: GraphQLResolveInfo, type: GraphQLObjectType, names: ReadonlySet<string>): FieldNode[] {
  return selectedUnder(
    info,
    info.fieldNodes.map((n) => n.selectionSet),
    type,
    names,
  );
}

/** As selectedFields, one level further down: under these selection sets, on objects of `type`. */
export function selectedUnder(
  info: GraphQLResolveInfo,
  sets: ReadonlyArray<SelectionSetNode | undefined>,
  type: GraphQLObjectType,
  names: ReadonlySet<string>,
): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (!included(sel, info.variableValues)) continue;
      if (sel.kind === Kind.FIELD) {
        if (names.has(sel.name.value)) found.push(sel);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (fits(info, sel.typeCondition, type)) walk(sel.selectionSet);
      } else {
        const fragment: FragmentDefinitionNode | undefined = info.fragments[sel.name.value];
        // Validation forbids fragment cycles; the guard keeps a spread used twice from being walked twice.
        if (!fragment || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        if (fits(info, fragment.typeCondition, type)) walk(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) walk(set);
  return found;
}

/**
 * Starts the page of every connection in `fields` selected under this root field, for the
 * parent `parentId`. Null when none is selected (the caller goes on unchanged); otherwise a
 * promise that settles, never rejects, once every started page has come back (and primed the
 * node loader with the parent).
 */
export function prefetchPages(ctx: Context, info: GraphQLResolveInfo, parentId: string, fields: PagedFields): Promise<void> | null {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return null;
  const defs = type.getFields();
  const started: Promise<unknown>[] = [];
  for (const node of selectedFields(info, type, new Set(Object.keys(fields)))) {
    const def = defs[node.name.value];
    const source = fields[node.name.value] as Source | undefined;
    if (!def || !source) continue;
    let pending: Promise<unknown>;
    try {
      const args = getArgumentValues(def, node, info.variableValues);
      pending = loadPage(ctx, source(args), parentId, pageOf(args));
    } catch {
      continue; // arguments the child resolver will refuse, with its own error
    }
    started.push(pending.catch(() => undefined));
  }
  return started.length === 0 ? null : Promise.all(started).then(() => undefined);
}
