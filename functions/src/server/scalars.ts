import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { dateProblem, localTimeProblem } from '../core/dateText';

/** A string scalar with a check: bad values are refused before any resolver runs. */
function checkedString(name: string, description: string, problemOf: (value: unknown) => string | undefined) {
  const check = (value: unknown): string => {
    const problem = problemOf(value);
    if (problem) throw new GraphQLError(`${name} ${JSON.stringify(value)} ${problem}`, { extensions: { code: 'BAD_USER_INPUT' } });
    return value as string;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => value,
    parseValue: check,
    parseLiteral: (ast: ValueNode) => check(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

export const scalarResolvers = {
  Date: checkedString('Date', 'YYYY-MM-DD', dateProblem),
  LocalTime: checkedString('LocalTime', 'HH:mm', localTimeProblem),
  DateTime: new GraphQLScalarType({ name: 'DateTime', description: 'ISO 8601 instant (UTC)', serialize: (value) => value }),
};
