import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';

/**
 * Apollo Server features this API does not use, switched off so they cost nothing:
 * - usage/schema reporting and inline traces are Apollo GraphOS features (their code is not even in the Lambda
 *   bundle, see infra/lib/api/bundle.ts);
 * - cache control computes a cache hint for every resolved field of every response (a hook per field) only to
 *   answer `cache-control: no-store`, as no type has a cache hint. `noStore` sends that header directly.
 */
const noStore: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        // API answers carry personal data: never stored by a browser or a proxy.
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

export const apolloFeaturePlugins: ApolloServerPlugin[] = [
  ApolloServerPluginUsageReportingDisabled(),
  ApolloServerPluginSchemaReportingDisabled(),
  ApolloServerPluginInlineTraceDisabled(),
  ApolloServerPluginCacheControlDisabled(),
  noStore,
];
