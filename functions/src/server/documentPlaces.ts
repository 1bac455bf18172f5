import { BREAK, type ASTNode, Kind, parse, visit, type GraphQLError } from 'graphql';

/*
 * Places in a refused request's query document, in the dotted form the services use for `extensions.field`: the
 * argument, then input fields and list indexes (`filter.endsOnOrBefore`, `excludedDates.1`); inside an `input:`
 * argument the input's own fields (`startDate`), as the services name them. Only refused requests come here: the
 * document is parsed again from the error's source.
 */

type Chain = readonly (ASTNode | readonly ASTNode[])[];

/**
 * The argument path of the literal a scalar refused (the error's position); a variable's default value: the variable.
 * `inputField`: the error points at an input object's field instead (one its type does not define), named with it.
 */
export function literalFieldOf(error: GraphQLError, inputField = false): string | undefined {
  const position = error.positions?.[0];
  if (position === undefined || !error.source) return undefined;
  const kinds = inputField ? objectFieldKind : valueKinds;
  let field: string | undefined;
  visit(parse(error.source), {
    enter(node, _key, parent, path, ancestors) {
      if (node.loc?.start !== position || !kinds.has(node.kind)) return undefined;
      field = placeOf(chainOf(ancestors, parent, node), path)?.join('.');
      return BREAK;
    },
  });
  return field;
}

/**
 * The argument path where a variable is used, when every use is at the same place (the common case: one use);
 * undefined when it is used at several places or not as an argument, and the caller names the variable instead.
 */
export function variableArgumentOf(error: GraphQLError, variable: string): string[] | undefined {
  if (!error.source) return undefined;
  const places = new Set<string>();
  visit(parse(error.source), {
    Variable(node, _key, parent, path, ancestors) {
      if (node.name.value !== variable || (parent as ASTNode | undefined)?.kind === Kind.VARIABLE_DEFINITION) return;
      const place = placeOf(chainOf(ancestors, parent, node), path, true);
      places.add(place ? JSON.stringify(place) : '');
    },
  });
  const [only] = places;
  return places.size === 1 && only ? (JSON.parse(only) as string[]) : undefined;
}

const valueKinds = new Set<string>([Kind.STRING, Kind.INT, Kind.FLOAT, Kind.BOOLEAN, Kind.NULL, Kind.ENUM, Kind.LIST, Kind.OBJECT]);
const objectFieldKind = new Set<string>([Kind.OBJECT_FIELD]);

// graphql-js leaves the parent out of `ancestors`; `path[i]` is the key that leads from `chain[i]` onwards.
const chainOf = (ancestors: readonly unknown[], parent: unknown, node: ASTNode): Chain => [...(ancestors as Chain), parent as Chain[number], node];

/** The argument path of the node at the end of `chain` (`keepInput`: keep a leading `input`, the caller strips it). */
function placeOf(chain: Chain, path: readonly (string | number)[], keepInput = false): string[] | undefined {
  let parts: string[] | undefined;
  chain.forEach((item, index) => {
    if (Array.isArray(item)) return;
    const node = item as ASTNode;
    if (node.kind === Kind.ARGUMENT) parts = [node.name.value];
    else if (node.kind === Kind.VARIABLE_DEFINITION) parts = [node.variable.name.value];
    else if (node.kind === Kind.OBJECT_FIELD) parts?.push(node.name.value);
    // A list's item: the key after `values` is its index.
    else if (node.kind === Kind.LIST && index + 2 < chain.length) parts?.push(String(path[index + 1]));
  });
  if (!parts) return undefined;
  return !keepInput && parts[0] === 'input' && parts.length > 1 ? parts.slice(1) : parts;
}
