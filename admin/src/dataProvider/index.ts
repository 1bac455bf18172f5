import buildDataProvider from 'ra-data-graphql';
import type { DataProvider, GetListResult, Identifier, RaRecord, SortPayload } from 'react-admin';
import { activityApi } from '../activities/activityApi';
import { auditApi } from '../audit/auditApi';
import { complianceApi, complianceOverviewApi } from '../compliance/complianceApi';
import { inspectionApi } from '../inspections/inspectionApi';
import { billApi, disclosureApi, providerStatementApi, stipendSheetApi } from '../money/moneyApi';
import { contractApi } from '../contracts/contractApi';
import { dashboardApi } from '../dashboard/dashboardApi';
import { documentApi, documentOperations } from '../documents/documentApi';
import { uploadDocument } from '../documents/uploadDocument';
import type { DocumentFieldsFragment } from '../generated/graphql';
import { evaluationApi } from '../evaluations/evaluationApi';
import { exitApi } from '../exits/exitApi';
import { policyApi } from '../policy/policyApi';
import { providerApi } from '../providers/providerApi';
import { schoolApi } from '../schools/schoolApi';
import { surveyApi, surveyResultsApi } from '../surveys/surveyApi';
import { copyTermToAllSchools, termApi } from '../terms/termApi';
import { termCalendarApi } from '../terms/calendarApi';
import { buildQueryFactory, type CursorMeta } from './buildQuery';
import { staffApi } from '../staff/staffApi';
import { classApi } from '../classes/classApi';
import { studentApi } from '../students/studentApi';
import { applicationApi } from '../enrolment/applicationApi';
import { alertApi, careBellApi, careBoardApi, careLogApi, districtCareBoardApi } from '../care/careApi';
import { CursorCache, MAX_PAGE_SIZE, fetchPageAt, stableKey } from './cursorPaging';
import { toApiError } from './errors';
import type { CursorStep, Operation, Page, ResourceApis } from './operation';

export const resourceApis: ResourceApis = {
  schools: schoolApi,
  terms: termApi,
  districtPolicy: policyApi,
  activities: activityApi,
  providers: providerApi,
  contracts: contractApi,
  evaluations: evaluationApi,
  providerExits: exitApi,
  auditEvents: auditApi,
  documents: documentApi,
  complianceReports: complianceApi,
  surveys: surveyApi,
  surveyResults: surveyResultsApi,
  dashboards: dashboardApi,
  staffMembers: staffApi,
  schoolClasses: classApi,
  students: studentApi,
  enrolmentApplications: applicationApi,
  inspections: inspectionApi,
  bills: billApi,
  stipendSheets: stipendSheetApi,
  providerStatements: providerStatementApi,
  disclosures: disclosureApi,
  complianceOverviews: complianceOverviewApi,
  termCalendars: termCalendarApi,
  alerts: alertApi,
  careLogs: careLogApi,
  careBoards: careBoardApi,
  districtCareBoards: districtCareBoardApi,
  careBells: careBellApi,
};

interface ListParams {
  pagination?: { page: number; perPage: number };
  sort?: SortPayload;
  filter?: Record<string, unknown>;
  meta?: Record<string, unknown>;
  target?: string;
  id?: Identifier;
  signal?: AbortSignal;
}

export interface DataProviderOptions {
  graphqlUrl: string;
  /** Read on every request, so a new sign-in needs no new provider. */
  getToken: () => string | null;
  apis?: ResourceApis;
}

/** Extra calls beyond react-admin's CRUD, used by custom buttons (`useDataProvider()`). */
export interface AppDataProvider extends DataProvider {
  copyTermToAllSchools: (termId: string) => Promise<{ data: { count: number } }>;
  /**
   * Runs one operation outside react-admin's CRUD (workflow steps such as `signContract`, download
   * links). Lists of the resources in `forget` may have changed: their cursors are dropped.
   */
  execute: <Result>(op: Operation<Result>, options?: { forget?: string[] }) => Promise<{ data: Result }>;
  /** Uploads a file for a provider or contract (request → PUT → confirm). */
  uploadDocument: (ownerId: string, file: File) => Promise<{ data: DocumentFieldsFragment }>;
  /** A short-lived download link, absolute (locally the API answers with a path on its own origin). */
  documentUrl: (documentId: string) => Promise<{ data: string }>;
}

const isMutation = (op: Operation<unknown>) =>
  op.query.definitions.some((definition) => definition.kind === 'OperationDefinition' && definition.operation === 'mutation');

const chunk = <T>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

function authContext(getToken: () => string | null) {
  const token = getToken();
  // react-query is the console's cache; Apollo's would only hold a second, staler copy.
  return { fetchPolicy: 'no-cache' as const, context: { headers: token ? { Authorization: `Bearer ${token}` } : {} } };
}

/**
 * The console's data provider: ra-data-graphql runs the operations mapped in each resource's
 * `*Api.ts`; this layer adds cursor paging, minimal updates and coded errors on top.
 */
export function createDataProvider({ graphqlUrl, getToken, apis = resourceApis }: DataProviderOptions): AppDataProvider {
  const base = buildDataProvider({
    clientOptions: { uri: graphqlUrl },
    introspection: false,
    buildQuery: buildQueryFactory(apis),
    query: () => authContext(getToken),
    mutation: () => authContext(getToken),
  });
  const cursors = new CursorCache();
  // Upload and download URLs are relative to the API locally, absolute (S3) when deployed.
  const apiUrl = (url: string) => new URL(url, new URL(graphqlUrl, globalThis.location?.href)).toString();

  const mapped = <T>(promise: Promise<T>): Promise<T> =>
    promise.catch((error: unknown) => {
      throw toApiError(error);
    });

  // RecordType is the caller's assertion about the rows, as in react-admin's own providers: the
  // parsers return the API's records, so the cast below only names them.
  const pagedList = <RecordType extends RaRecord>(method: 'getList' | 'getManyReference', resource: string, params: ListParams): Promise<Page<RecordType>> => {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const key = stableKey([resource, method, params.filter, params.sort, params.target, params.id]);
    const call = (meta: CursorMeta, first: number) =>
      base[method](resource, {
        ...params,
        target: params.target ?? '',
        id: params.id ?? '',
        filter: params.filter ?? {},
        sort: params.sort ?? { field: 'id', order: 'ASC' },
        pagination: { page: 1, perPage: first },
        meta: { ...params.meta, ...meta },
      });
    return mapped(
      fetchPageAt(
        cursors,
        { resource, key },
        { page, perPage },
        {
          // The buildQuery parsers return exactly Page / CursorStep for list operations (see connection.ts).
          fetchPage: async (after, first) => (await call({ after }, first)) as GetListResult as Page,
          fetchCursor: async (after, first) => (await call({ after, cursorOnly: true }, first)) as unknown as CursorStep,
        },
      ),
    ) as Promise<Page<RecordType>>;
  };

  const provider: AppDataProvider = {
    getList: (resource, params) => pagedList('getList', resource, params),
    getManyReference: (resource, params) => pagedList('getManyReference', resource, params),
    getOne: (resource, params) => mapped(base.getOne(resource, params)),
    getMany: async (resource, params) => {
      if (apis[resource]?.many) {
        // The batch query pages like any list (at most 100 per request).
        const batches = await Promise.all(chunk(params.ids, MAX_PAGE_SIZE).map((ids) => mapped(base.getMany(resource, { ...params, ids }))));
        return { data: batches.flatMap((batch) => batch.data) };
      }
      // No batch query for this resource: one small request per id (react-admin batches ids per render).
      const records = await Promise.all(params.ids.map((id) => mapped(base.getOne(resource, { id, signal: params.signal })).then((r) => r.data)));
      return { data: records };
    },
    create: async (resource, params) => {
      const result = await mapped(base.create(resource, params));
      cursors.forget(resource);
      return result;
    },
    update: async (resource, params) => {
      const changes = apis[resource]?.changes?.(params.data as Record<string, unknown>, params.previousData);
      // Nothing changed: saving must not bump the version (and so conflict with others) for nothing.
      if (changes && Object.keys(changes).length === 0) return { data: params.previousData };
      const result = await mapped(base.update(resource, params));
      cursors.forget(resource);
      return result;
    },
    updateMany: () => Promise.reject(new Error('updateMany is not offered by the API')),
    delete: async (resource, params) => {
      const result = await mapped(base.delete(resource, params));
      cursors.forget(resource);
      // The API returns only the id; react-admin wants the deleted record for its undo and caches.
      return { data: params.previousData ?? result.data };
    },
    deleteMany: async (resource, params) => {
      // One mutation per id, in order, so the first refusal (INVALID_TRANSITION) stops the rest.
      for (const id of params.ids) await mapped(base.delete(resource, { id }));
      cursors.forget(resource);
      return { data: params.ids };
    },
    copyTermToAllSchools: async (termId) => {
      const op = copyTermToAllSchools(termId);
      const response = await mapped(base.client.mutate({ mutation: op.query, variables: op.variables, ...authContext(getToken) }));
      cursors.forget('terms');
      return { data: op.parseResponse(response) };
    },
    execute: async (op, { forget = [] } = {}) => {
      const request = { variables: op.variables, ...authContext(getToken) };
      const response: { data?: unknown } = isMutation(op)
        ? await mapped(base.client.mutate({ mutation: op.query, ...request }))
        : await mapped(base.client.query({ query: op.query, ...request }));
      for (const resource of forget) cursors.forget(resource);
      return { data: op.parseResponse(response) };
    },
    uploadDocument: async (ownerId, file) => {
      const document = await uploadDocument({ execute: (op) => provider.execute(op), put: (url, init) => fetch(apiUrl(url), init) }, ownerId, file);
      return { data: document };
    },
    documentUrl: async (documentId) => {
      const { data } = await provider.execute(documentOperations.download(documentId));
      return { data: apiUrl(data.url) };
    },
  };
  return provider;
}
