import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { dateString, localTime } from '../core/validation';
import type { z } from 'zod';

/** A string scalar checked by a zod schema: bad values are refused before any resolver runs. */
function checkedString(name: string, description: string, schema: z.ZodType<string>) {
  const check = (value: unknown): string => {
    const result = schema.safeParse(value);
    if (!result.success) {
      throw new GraphQLError(`${name} ${JSON.stringify(value)} ${result.error.issues[0]?.message ?? 'is invalid'}`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return result.data;
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
  Date: checkedString('Date', 'YYYY-MM-DD', dateString),
  LocalTime: checkedString('LocalTime', 'HH:mm', localTime),
  DateTime: new GraphQLScalarType({ name: 'DateTime', description: 'ISO 8601 instant (UTC)', serialize: (value) => value }),
};
