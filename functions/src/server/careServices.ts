import type { Db } from '../db/client';
import type { CalendarService } from '../calendar/calendarService';
import type { createCareRepositories } from './careRepositoryModules';
import type { CareShared } from './careServiceModules';
import { lazyService } from './lazyService';
import type { AsyncMethods, PeopleRepositories } from './peopleServices';

/** The daily-care repositories as loaded (roll calls, leave, pickups and handovers, alerts and notifications, care logs). */
export type CareRepositories = ReturnType<typeof createCareRepositories>;

/** The reads (every promise-returning method) of each care repository, usable before its code is loaded. */
export type CareReads = { [K in keyof CareRepositories]: AsyncMethods<CareRepositories[K]> };

/**
 * The care repositories, loaded on first use like the people ones (see peopleRepositories): `reads` go into the shared
 * repositories (record access, compliance); the services get the loaded repositories with their step builders.
 */
export function careRepositories(db: Db) {
  let loading: Promise<CareRepositories> | undefined;
  const load = () =>
    (loading ??= import('./careRepositoryModules')
      .then((module) => module.createCareRepositories(db))
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      }));
  const keys = ['rollCalls', 'leaves', 'pickups', 'alerts', 'careLogs', 'dutyRotas'] as const;
  const reads = Object.fromEntries(
    keys.map((key) => [key, lazyService(async () => (await load())[key] as unknown as Record<string, () => Promise<unknown>>)]),
  ) as unknown as CareReads;
  return { reads, load };
}

export type CareServiceDeps = Omit<CareShared, keyof PeopleRepositories | keyof CareRepositories> & {
  db: Db;
  calendar: CalendarService;
  loadPeople: () => Promise<PeopleRepositories>;
  loadCare: () => Promise<CareRepositories>;
};

/**
 * The services of daily care (SPEC §3.7), built together on the first call of any of them (one chunk, with the people
 * and care repositories loaded): a cold start loads none of their code.
 */
export function createCareServices(deps: CareServiceDeps) {
  let made: Promise<Awaited<ReturnType<typeof build>>> | undefined;
  const build = async () => {
    const [{ buildCareServices }, people, care] = await Promise.all([import('./careServiceModules'), deps.loadPeople(), deps.loadCare()]);
    return buildCareServices({ ...deps, ...people, ...care });
  };
  const make = () =>
    (made ??= build().catch((error: unknown) => {
      made = undefined;
      throw error;
    }));
  return {
    rollCalls: lazyService(async () => (await make()).rollCalls),
    /** The alerts of the API (the outbox helpers the other care services use stay inside the module). */
    alertService: lazyService(async () => {
      const { get, list, resolve, notificationsOf, notification } = (await make()).alertService;
      return { get, list, resolve, notificationsOf, notification };
    }),
    leaveRequests: lazyService(async () => (await make()).leaveRequests),
    pickups: lazyService(async () => (await make()).pickups),
    careLogs: lazyService(async () => (await make()).careLogs),
    dutyRotas: lazyService(async () => (await make()).dutyRotas),
    alertJob: lazyService(async () => (await make()).alertJob),
    careBoard: lazyService(async () => (await make()).careBoard),
  };
}
