import { vi } from 'vitest';
import type { AuthProvider, DataProvider, RaRecord } from 'react-admin';
import { canAccess } from '../auth/permissions';
import type { Role } from '../generated/graphql';

/** An auth provider already signed in as `role`, with the real permission rules. */
export function aSignedInAuthProvider(role: Role, overrides: Partial<AuthProvider> = {}): AuthProvider {
  return {
    login: vi.fn(async () => undefined),
    logout: vi.fn(async () => undefined),
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getIdentity: async () => ({
      id: `user-${role}`,
      fullName: role === 'DISTRICT_ADMIN' ? '区教育局管理员' : '实验小学管理员',
      role,
      schoolId: role === 'SCHOOL_ADMIN' ? 'sch_1' : null,
      providerId: null,
      schoolName: role === 'SCHOOL_ADMIN' ? '实验小学' : null,
    }),
    getPermissions: async () => role,
    canAccess: async ({ action, resource }) => canAccess(role, action, resource),
    ...overrides,
  };
}

/** An in-memory data provider over a few records per resource; it records every call. */
export function anInMemoryDataProvider(records: Record<string, RaRecord[]>): DataProvider & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  const rows = (resource: string) => records[resource] ?? [];
  const provider = {
    calls,
    getList: async (resource: string, params: { pagination?: { page: number; perPage: number } }) => {
      calls.push(['getList', resource, params]);
      const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
      const all = rows(resource);
      return { data: all.slice((page - 1) * perPage, page * perPage), total: all.length };
    },
    getOne: async (resource: string, params: { id: unknown }) => {
      calls.push(['getOne', resource, params]);
      const record = rows(resource).find((r) => r.id === params.id);
      if (!record) throw new Error('app.errors.NOT_FOUND');
      return { data: record };
    },
    getMany: async (resource: string, params: { ids: unknown[] }) => {
      calls.push(['getMany', resource, params]);
      return { data: rows(resource).filter((r) => params.ids.includes(r.id)) };
    },
    getManyReference: async (resource: string, params: { target: string; id: unknown }) => {
      calls.push(['getManyReference', resource, params]);
      const data = rows(resource).filter((r) => r[params.target] === params.id);
      return { data, total: data.length };
    },
    create: async (resource: string, params: { data: RaRecord }) => {
      calls.push(['create', resource, params]);
      return { data: { ...params.data, id: `${resource}_new` } };
    },
    update: async (resource: string, params: { data: RaRecord }) => {
      calls.push(['update', resource, params]);
      return { data: params.data };
    },
    updateMany: async () => ({ data: [] }),
    delete: async (resource: string, params: { previousData?: RaRecord; id: unknown }) => {
      calls.push(['delete', resource, params]);
      return { data: params.previousData ?? { id: params.id } };
    },
    deleteMany: async () => ({ data: [] }),
  };
  // The in-memory fake is untyped per record type, as DataProvider's generics cannot be met by a fake.
  return provider as unknown as DataProvider & { calls: unknown[][] };
}
