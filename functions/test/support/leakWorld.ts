import type { Viewer } from '../../src/auth/viewer';
import type { TestApi } from './api';
import { schoolAdminOf } from './api';
import { teacherOf } from './people';
import { buildNamed, okAs, type LeakNamed } from './leakNamed';
import { buildCare, careIds, careRoles, type LeakCare } from './leakCare';
import { buildPeople, peopleIds, peopleRoles, type LeakPeople } from './leakPeople';
import { buildMoney, moneyAuditIds, moneyIds, moneyRoles, type LeakMoney } from './leakMoney';

/**
 * Two schools and two providers that overlap (provider P1 serves schools A and B, P2 only B), a third school C
 * nobody outside the district sees, every kind of record at each, and an exit case on P1 that touches both schools.
 * Every record and every sensitive text carries a marker, so a walk can tell whose data a response shows.
 */
export interface LeakWorld {
  /** Record ids by type name (the pools the schema walk draws arguments from). */
  ids: Record<string, string[]>;
  accessCodes: string[];
  /** Values for required String arguments other than access codes (e.g. `schoolYear` of `schoolScores`). */
  strings: Record<string, string[]>;
  /** Ids and marker texts each viewer must never see, and ids each must see (proof that the walk reaches them). */
  roles: { name: string; viewer: Viewer | null; forbidden: string[]; expected: string[] }[];
  /**
   * Texts the district admin never sees, so never in the district's walk either: guardians' phones (masked, SPEC §3.11),
   * pickup codes, and other people's notifications (a personal outbox).
   */
  maskedForDistrict: string[];
  /** The records by name, for tests that replay one path by hand. */
  named: LeakNamed;
}

export async function buildLeakWorld(api: TestApi): Promise<LeakWorld> {
  const named = await buildNamed(api);
  // The audit events of the shared provider: their ids are walked through `node` too.
  const trail = await okAs(api)('query($id: ID!) { auditEvents(entityId: $id, first: 50) { nodes { id } } }', { id: named.P1.id });
  const people = await buildPeople(api, named);
  const care = await buildCare(api, named, people);
  const money = await buildMoney(api, named, people);
  return withMoney(
    buildRoles(
      named,
      (trail.auditEvents.nodes as { id: string }[]).map((node) => node.id),
      people,
      care,
    ),
    money,
    named,
  );
}

function buildRoles(named: LeakNamed, providerAudit: string[], people: LeakPeople, care: LeakCare): LeakWorld {
  const { A, B, C, P1, P2, P3, cA1, cB1, cB2, aA1, aA2, aB1, aB2, aC, eA1, eB1, eB2, exit, exitComment, sA, sB, sD, sliceFigures, iA, iB, rectificationA } =
    named;
  const ids: Record<string, string[]> = {
    School: [A.id, B.id, C.id],
    Term: [A.termId, B.termId, C.termId],
    Provider: [P1.id, P2.id, P3.id],
    Contract: [cA1.id, cB1.id, cB2.id],
    Activity: [aA1.id, aA2.id, aB1.id, aB2.id, aC.id],
    Evaluation: [eA1.id, eB1.id, eB2.id],
    ProviderExit: [exit.id],
    Survey: [sA.id, sB.id, sD.id],
    AuditEvent: providerAudit,
    ...peopleIds(people),
    Inspection: [iA.id, iB.id],
    ...careIds(care),
  };
  ids.Activity.push(care.careA.activityId, care.careB.activityId);
  const schoolInternals = (s: typeof A) => [s.principal, s.leader];
  const extra = peopleRoles(named, people);
  const daily = careRoles(care);
  const colleagueForbidden = [...extra.teacherA1.forbidden, people.appA1, people.sA1.phone, people.G1.phone, people.teacherA1.phone];
  return {
    ids,
    named,
    accessCodes: [sA.accessCode, sB.accessCode, sD.accessCode],
    maskedForDistrict: [...people.phones, ...daily.codes, ...daily.outboxes],
    strings: { schoolYear: ['2026-2027'] },
    roles: [
      {
        name: 'school admin of A',
        viewer: schoolAdminOf(A.id),
        forbidden: [
          B.id,
          C.id,
          B.termId,
          C.termId,
          cB1.id,
          cB2.id,
          aB1.id,
          aB2.id,
          aC.id,
          eB1.id,
          eB2.id,
          sB.id,
          P3.id,
          ...schoolInternals(B),
          ...schoolInternals(C),
          cB1.content,
          eB1.findings,
          eB2.findings,
          aB1.title,
          aB2.title,
          aC.title,
          iB.id,
          iB.item,
          sliceFigures.districtTotal,
          sliceFigures.otherSchoolRatings,
          ...extra.schoolAdminA.forbidden,
          ...daily.schoolAdminA.forbidden,
        ],
        expected: [
          A.id,
          A.termId,
          cA1.id,
          aA1.id,
          aA2.id,
          eA1.id,
          sA.id,
          exit.id,
          P1.id,
          P2.id,
          A.principal,
          iA.id,
          iA.item,
          rectificationA,
          sD.id,
          sliceFigures.ownCount,
          ...extra.schoolAdminA.expected,
          ...daily.schoolAdminA.expected,
        ],
      },
      {
        name: 'provider user of P1',
        viewer: { sub: 'provider-user-p1', role: 'PROVIDER', providerId: P1.id },
        forbidden: [
          P2.id,
          P3.id,
          C.id,
          C.termId,
          cB2.id,
          aA1.id,
          aB2.id,
          aC.id,
          eB2.id,
          exit.id,
          exitComment,
          sA.id,
          sB.id,
          sD.id,
          ...schoolInternals(A),
          ...schoolInternals(B),
          ...schoolInternals(C),
          aA1.title,
          aB2.title,
          eB2.findings,
          iA.id,
          iB.id,
          iA.item,
          iB.item,
          rectificationA,
          sliceFigures.districtTotal,
          sliceFigures.otherSchoolRatings,
          ...extra.providerP1.forbidden,
          ...daily.providerP1.forbidden,
        ],
        expected: [P1.id, cA1.id, cB1.id, aA2.id, aB1.id, eA1.id, eB1.id, A.id, B.id, ...extra.providerP1.expected],
      },
      {
        name: 'anonymous',
        viewer: null,
        forbidden: [
          ...Object.values(ids)
            .flat()
            .filter((id) => !ids.School.includes(id) && !ids.Survey.includes(id)),
          ...schoolInternals(A),
          ...schoolInternals(B),
          cA1.content,
          eA1.findings,
          aA1.title,
          exitComment,
          iA.item,
          iB.item,
          rectificationA,
          sliceFigures.districtTotal,
          sliceFigures.otherSchoolRatings,
          ...extra.markers,
          ...daily.markers,
          ...daily.codes,
        ],
        expected: [],
      },
      {
        ...extra.teacherA1,
        forbidden: [...extra.teacherA1.forbidden, ...daily.teacherA1.forbidden],
        expected: [...extra.teacherA1.expected, ...daily.teacherA1.expected],
      },
      {
        ...extra.parentA1,
        forbidden: [...extra.parentA1.forbidden, ...daily.parentA1.forbidden],
        expected: [...extra.parentA1.expected, ...daily.parentA1.expected],
      },
      // Two more staff of A who are nobody's class teacher: what the class teacher may not see they may not either,
      // nor the class's applications and the families' phones (SPEC §3.11: the class teacher and the school only).
      {
        name: 'duty leader of A',
        viewer: teacherOf(care.careA.leaderId, A.id),
        forbidden: [...colleagueForbidden, people.sA1.name, people.sA1.given, ...daily.dutyLeaderA.forbidden],
        expected: [A.id, people.clsA1, ...daily.dutyLeaderA.expected],
      },
      {
        name: 'teacher of A’s care session',
        viewer: teacherOf(care.careA.staffId, A.id),
        forbidden: [...colleagueForbidden, ...daily.sessionTeacherA.forbidden],
        expected: [A.id, people.sA1.id, people.sA1.name, ...daily.sessionTeacherA.expected],
      },
    ],
  };
}

/**
 * Adds money's records to the world. A disclosure (公示) publishes the school's contracts' service content (SPEC §3.8):
 * once A's is published, that text is public and no longer a secret of A's teachers' and families' walks.
 */
function withMoney(world: LeakWorld, money: LeakMoney, named: LeakNamed): LeakWorld {
  const extra = moneyRoles(money);
  const disclosed = new Set([named.cA1.content]);
  return {
    ...world,
    ids: { ...world.ids, ...moneyIds(money), AuditEvent: [...world.ids.AuditEvent, ...moneyAuditIds(money)] },
    strings: { ...world.strings, month: [money.month] },
    roles: world.roles.map((role) => ({
      ...role,
      forbidden: [
        ...role.forbidden.filter((text) => role.viewer === null || !disclosed.has(text) || role.viewer.role === 'PROVIDER'),
        ...(extra[role.name]?.forbidden ?? []),
        ...(role.viewer === null ? Object.values(moneyIds(money)).flat() : []),
      ],
      expected: [...role.expected, ...(extra[role.name]?.expected ?? [])],
    })),
  };
}
