import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { dateProblem, localTimeProblem } from '../core/dateText';
import { reasonOfMessage } from '../core/errorReasons';

/**
 * A scalar literal written in the query document that the scalar refuses. A plain Error on purpose: graphql-js then
 * reports it at the literal's node (with its location), from which formatError names the argument path
 * (`extensions.field`, see literalField.ts); a GraphQLError would be reported as it is, without any place.
 */
export class ScalarLiteralError extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ScalarLiteralError';
  }
}

/** A string scalar with a check: bad values are refused before any resolver runs, with the catalogue's reason. */
function checkedString(name: string, description: string, problemOf: (value: unknown) => string | undefined) {
  const refusal = (value: unknown) => {
    const problem = problemOf(value);
    return problem ? { message: `${name} ${JSON.stringify(value)} ${problem}`, details: reasonOfMessage(problem) } : undefined;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => value,
    // A variable: graphql-js names the variable and the place inside it; formatError turns that into `field`.
    parseValue: (value) => {
      const refused = refusal(value);
      if (refused) throw new GraphQLError(refused.message, { extensions: { code: 'BAD_USER_INPUT', ...refused.details } });
      return value as string;
    },
    parseLiteral: (ast: ValueNode) => {
      const value = ast.kind === Kind.STRING ? ast.value : undefined;
      const refused = refusal(value);
      if (refused) throw new ScalarLiteralError(refused.message, refused.details);
      return value as string;
    },
  });
}

export const scalarResolvers = {
  Date: checkedString('Date', 'YYYY-MM-DD', dateProblem),
  LocalTime: checkedString('LocalTime', 'HH:mm', localTimeProblem),
  DateTime: new GraphQLScalarType({ name: 'DateTime', description: 'ISO 8601 instant (UTC)', serialize: (value) => value }),
};
