import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { codeOf, createTestApi, districtAdmin, schoolAdminOf, type TestApi } from './support/api';
import { activeContract, approvedProvider, createSchool, createTerm } from './support/domain';
import { createStaff, ok, teacherOf } from './support/people';

/**
 * The audit trails of the money sheets (SPEC §2: every change is an AuditEvent; §4: audit events follow their record):
 * a stipend sheet's trail is read by whoever reads the whole sheet — the district and the school's admin; a provider
 * statement's by the district and the provider. A school admin reads only their school's part of a statement, so not
 * its trail. Everybody else is refused, on `auditEvents` and on `node` alike.
 */
const TRAIL = 'query($id: ID!) { auditEvents(entityId: $id, first: 10) { totalCount nodes { id action entityType summary } } }';
const NODE = 'query($id: ID!) { node(id: $id) { id ... on AuditEvent { action } } }';
const MONTH = '2026-10';

let api: TestApi;
let schoolA: string;
let schoolB: string;
let teacherA: Viewer;
let providerId: string;
let otherProvider: Viewer;
let contractA: string;
let contractB: string;

const trail = async (id: string, viewer: Viewer | null) => {
  const result = await api.exec(TRAIL, { id }, viewer);
  return result.errors
    ? (codeOf(result) as string)
    : (result.data!.auditEvents as { totalCount: number; nodes: { id: string; action: string; summary: string }[] });
};
const nodeCode = async (id: string, viewer: Viewer) => codeOf(await api.exec(NODE, { id }, viewer)) ?? 'OK';

beforeAll(async () => {
  api = await createTestApi();
  const [a, b] = [await createSchool(api), await createSchool(api)];
  [schoolA, schoolB] = [a.id, b.id];
  const [termA, termB] = [await createTerm(api, schoolA), await createTerm(api, schoolB)];
  teacherA = teacherOf((await createStaff(api, schoolA, { duties: ['TEACHER'] })).id, schoolA);
  const provider = await approvedProvider(api);
  providerId = provider.id;
  otherProvider = { sub: 'provider-other', role: 'PROVIDER', providerId: (await approvedProvider(api)).id };
  contractA = (await activeContract(api, schoolA, termA.id, providerId)).id;
  contractB = (await activeContract(api, schoolB, termB.id, providerId)).id;
});

describe('audit trails of stipend sheets and provider statements', () => {
  it('a stipend sheet’s trail: the district and the school’s admin; nobody else', async () => {
    const admin = schoolAdminOf(schoolA);
    const { id } = await ok<{ id: string }>(
      api,
      'query($s: ID!, $m: String!) { stipendSheet(schoolId: $s, month: $m) { id } }',
      { s: schoolA, m: MONTH },
      admin,
    );
    // A draft has no events yet: an empty trail, still only for its readers.
    expect(await trail(id, admin)).toMatchObject({ totalCount: 0, nodes: [] });
    expect(await trail(id, schoolAdminOf(schoolB))).toBe('FORBIDDEN');

    await ok(api, 'mutation($id: ID!) { confirmStipendSheet(id: $id) { id } }', { id }, admin);
    await ok(
      api,
      'mutation($id: ID!) { addStipendAdjustment(id: $id, staffName: "外聘教练", amount: 85, reason: "补录10月点名", expectedVersion: 1) { id } }',
      { id },
      admin,
    );
    for (const reader of [districtAdmin, admin]) {
      const events = await trail(id, reader);
      expect(typeof events === 'string' ? events : events.nodes.map((event) => event.action)).toEqual(['ADJUST_STIPENDS', 'CONFIRM_STIPENDS']);
    }
    const events = (await trail(id, admin)) as { nodes: { id: string; summary: string }[] };
    expect(events.nodes[0].summary).toContain('补录10月点名');

    const refused: [string, Viewer | null, string][] = [
      ['another school’s admin', schoolAdminOf(schoolB), 'FORBIDDEN'],
      ['a teacher of the school', teacherA, 'FORBIDDEN'],
      ['a provider user', { sub: 'p', role: 'PROVIDER', providerId }, 'FORBIDDEN'],
      ['anonymous', null, 'UNAUTHENTICATED'],
    ];
    for (const [who, viewer, code] of refused) expect(await trail(id, viewer), who).toBe(code);
    // Each event through node(id): the same rule.
    for (const event of events.nodes) {
      expect(await nodeCode(event.id, admin)).toBe('OK');
      expect(await nodeCode(event.id, schoolAdminOf(schoolB))).toBe('FORBIDDEN');
      expect(await nodeCode(event.id, teacherA)).toBe('FORBIDDEN');
    }
  });

  it('a provider statement’s trail: the district and the provider; a school admin reads its school’s lines, not the trail', async () => {
    const asProvider: Viewer = { sub: 'provider-user', role: 'PROVIDER', providerId };
    const { id } = await ok<{ id: string }>(api, 'query($p: ID!, $m: String!) { providerStatement(providerId: $p, month: $m) { id } }', {
      p: providerId,
      m: MONTH,
    });
    await ok(api, 'mutation($id: ID!) { confirmProviderStatement(id: $id) { id } }', { id });
    const adjust =
      'mutation($id: ID!, $c: ID!, $r: String!, $v: Int!) { addProviderStatementAdjustment(id: $id, contractId: $c, amount: 60, reason: $r, expectedVersion: $v) { id } }';
    await ok(api, adjust, { id, c: contractA, r: '甲校补课时', v: 1 });
    await ok(api, adjust, { id, c: contractB, r: '乙校补课时', v: 2 });

    for (const reader of [districtAdmin, asProvider]) {
      const events = await trail(id, reader);
      expect(typeof events === 'string' ? events : events.nodes.map((event) => event.action)).toEqual([
        'ADJUST_PROVIDER_STATEMENT',
        'ADJUST_PROVIDER_STATEMENT',
        'CONFIRM_PROVIDER_STATEMENT',
      ]);
    }
    const events = (await trail(id, districtAdmin)) as { nodes: { id: string }[] };

    // School A's admin: the statement with A's correction only — its trail (B's correction, the total) is not theirs.
    const adminA = schoolAdminOf(schoolA);
    const seen = await ok<{ adjustments: { reason: string }[] }>(
      api,
      'query($p: ID!, $m: String!) { providerStatement(providerId: $p, month: $m) { adjustments { reason } } }',
      { p: providerId, m: MONTH },
      adminA,
    );
    expect(seen.adjustments).toEqual([{ reason: '甲校补课时' }]);
    const refused: [string, Viewer | null, string][] = [
      ['a school admin of a school it serves', adminA, 'FORBIDDEN'],
      ['another provider', otherProvider, 'FORBIDDEN'],
      ['a teacher', teacherA, 'FORBIDDEN'],
      ['anonymous', null, 'UNAUTHENTICATED'],
    ];
    for (const [who, viewer, code] of refused) expect(await trail(id, viewer), who).toBe(code);
    for (const event of events.nodes) {
      expect(await nodeCode(event.id, asProvider)).toBe('OK');
      expect(await nodeCode(event.id, adminA)).toBe('FORBIDDEN');
      expect(await nodeCode(event.id, otherProvider)).toBe('FORBIDDEN');
    }
  });

  it('a sheet or statement id of a school or provider that does not exist: the district reads an empty trail, others are refused', async () => {
    expect(await trail('stp_nosuchschool202610', schoolAdminOf(schoolA))).toBe('FORBIDDEN');
    expect(await trail('pst_nosuchprovider202610', { sub: 'p', role: 'PROVIDER', providerId })).toBe('FORBIDDEN');
    expect(await trail('pst_nosuchprovider202610', districtAdmin)).toMatchObject({ totalCount: 0 });
  });
});
