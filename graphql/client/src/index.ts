/**
 * @kehou/client — the typed client of the after-school service platform (课后服务平台) API.
 * Documents and types are generated from graphql/schema.graphql and src/operations/*.graphql
 * (`npm run codegen`); see README.md.
 */
export { createClient, type ClientOptions, type KehouClient, type RequestOptions, type TypedDocument } from './client';
export * from './errors';
export { collectAll, MAX_PAGE_SIZE, paginate, type PageOf } from './paging';
export * from './generated/graphql';
