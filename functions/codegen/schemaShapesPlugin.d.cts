// Types of schemaShapesPlugin.cjs, for the test that compares its output with the generated file.
import type { GraphQLSchema } from 'graphql';
import type { SchemaShapes } from '../src/server/schemaShapes';

export declare function schemaShapes(schema: GraphQLSchema): SchemaShapes;
export declare function plugin(schema: GraphQLSchema): string;
