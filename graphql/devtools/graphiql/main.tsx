/**
 * GraphiQL for the local API, bundled (no CDN: it works offline). The local server serves it on
 * `GET /graphql` when a browser asks for HTML. It signs in as the demo district admin through the local
 * server's dev sign-in, so the Headers tab starts with a working token.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultQuery } from './defaultQuery';
import { demoToken } from './demoToken';

const endpoint = new URL('/graphql', window.location.href).toString();

async function main() {
  const token = await demoToken(fetch);
  const headers = token ? JSON.stringify({ authorization: `Bearer ${token}` }, null, 2) : '{}';
  createRoot(document.getElementById('graphiql')!).render(
    <StrictMode>
      <GraphiQL
        fetcher={createGraphiQLFetcher({ url: endpoint })}
        defaultQuery={defaultQuery}
        initialHeaders={headers}
        defaultHeaders={headers}
        // A demo token is valid for 30 days and changes with .data/: never keep one in localStorage.
        shouldPersistHeaders={false}
        defaultEditorToolsVisibility="headers"
      />
    </StrictMode>,
  );
}

void main();
