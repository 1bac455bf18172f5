import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

type Variables = GraphQLResolveInfo['variableValues'];

/** Whether @skip/@include leave a selection in, as graphql-js decides it. */
function included(node: { directives?: readonly unknown[] }, variables: Variables): boolean {
  const selection = node as Parameters<typeof getDirectiveValues>[1];
  if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if !== false;
}

/**
 * The fields named `name` in a selection set as graphql-js collects them for an object of `type`: through inline
 * fragments and fragment spreads whose type condition applies to it, honouring @skip/@include. By name, not alias.
 */
function fieldsNamed(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined, type: GraphQLObjectType | undefined, name: string): FieldNode[] {
  const out: FieldNode[] = [];
  const applies = (condition: string | undefined) => {
    if (!condition) return true;
    const conditionType = info.schema.getType(condition);
    if (!type || !conditionType) return false;
    return conditionType === type || (isAbstractType(conditionType) && info.schema.isSubType(conditionType, type));
  };
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection, info.variableValues)) continue;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) out.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value)) visit(selection.selectionSet, seen);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value) || !applies(fragment.typeCondition.name.value)) continue;
        visit(fragment.selectionSet, new Set([...seen, fragment.name.value]));
      }
    }
  };
  visit(selectionSet, new Set());
  return out;
}

/**
 * The argument sets a connection field (`Query.schools`, the field being resolved) asks of one field of its nodes —
 * `nodes { terms(first: 5) }` and `edges { node { terms(first: 5) } }` — read off the operation exactly as graphql-js
 * will hand them to that field's resolver (variables, defaults, @skip/@include, fragments). Empty when not asked for.
 * Lets a root list start its nodes' nested reads as soon as its own page is in, instead of after GraphQL has walked
 * the page; the nested resolvers then find the same loads in their per-request loaders.
 */
export function nodeFieldArgs(info: GraphQLResolveInfo, nodeTypeName: string, fieldName: string): Record<string, unknown>[] {
  const nodeType = info.schema.getType(nodeTypeName);
  if (!isObjectType(nodeType)) return [];
  const field = nodeType.getFields()[fieldName];
  if (!field) return [];
  const connectionType = getNamedType(info.returnType);
  const connection = isObjectType(connectionType) ? connectionType : undefined;
  const edgesField = connection?.getFields().edges;
  const edge = edgesField ? getNamedType(edgesField.type) : undefined;
  const nodeSets = info.fieldNodes.flatMap((root) => [
    ...fieldsNamed(info, root.selectionSet, connection, 'nodes'),
    ...fieldsNamed(info, root.selectionSet, connection, 'edges').flatMap((edges) =>
      fieldsNamed(info, edges.selectionSet, isObjectType(edge) ? edge : undefined, 'node'),
    ),
  ]);
  const seen = new Map<string, Record<string, unknown>>();
  for (const node of nodeSets.flatMap((set) => fieldsNamed(info, set.selectionSet, nodeType, fieldName))) {
    const args = getArgumentValues(field, node, info.variableValues);
    seen.set(JSON.stringify(args), args);
  }
  return [...seen.values()];
}

/**
 * Starts, for every parent of a root page, the nested loads its nodes' `field` will make (one per argument set
 * asked for), so their batched reads go out as soon as the page is in. `load` must be the very call the nested
 * resolver makes (same loader, same key): the resolver then gets the same promise from the per-request loader, with
 * its result or error; nothing is fetched that the response would not fetch anyway.
 */
export function startNestedLoads<P, A>(argSets: readonly Record<string, unknown>[], parents: readonly P[], load: (parent: P, args: A) => Promise<unknown>) {
  for (const args of argSets)
    for (const parent of parents)
      load(parent, args as A).catch(() => {
        // Reported where the nested field resolves (same promise).
      });
}
