import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../App';
import { LocalLoginPage } from '../auth/LocalLoginPage';
import { aConnection } from '../testing/builders';
import { anAuditEvent, anAuditValue } from '../testing/domainBuilders';
import { aSignedInAuthProvider, anInMemoryDataProvider } from '../testing/fakeProviders';
import { slow } from '../testing/timeouts';
import { auditApi } from './auditApi';
import { actorLabel, enumGroupOf, fieldLabel, formatScalar, shorten, visibleChanges } from './auditFormat';

const translate = (key: string, options?: Record<string, unknown>) => {
  const known: Record<string, string> = {
    'app.enums.providerStatus.APPROVED': '已准入',
    'resources.providers.fields.status': '准入状态',
    'app.roles.DISTRICT_ADMIN': '区教育局管理员',
    'app.audit.actors.system': '系统自动',
    'app.audit.items': `${String(options?.count)} 项`,
    'app.audit.records_many': '多项',
    'app.none': '—',
    'ra.boolean.true': '是',
  };
  return known[key] ?? String(options?._ ?? key);
};

describe('audit events', () => {
  it('are read per record, newest first, with cursor paging', () => {
    const op = auditApi.list!({ filter: { entityId: 'prv_1' }, first: 10, after: 'c10' });
    expect(op.variables).toEqual({ entityId: 'prv_1', first: 10, after: 'c10' });
    expect(op.parseResponse({ data: { auditEvents: aConnection([anAuditEvent()], { hasNextPage: true }) } })).toMatchObject({
      pageInfo: { hasNextPage: true },
      data: [{ action: 'APPROVE' }],
    });
    expect(() => auditApi.list!({ filter: {}, first: 10, after: null })).toThrow(/entityId/);
  });

  it('read for people: every typed value in words of the UI language, one date format per locale', () => {
    expect(formatScalar(anAuditValue({ kind: 'ENUM', enumType: 'ProviderStatus', text: 'APPROVED' }), translate, 'zh-CN')).toBe('已准入');
    expect(formatScalar(anAuditValue({ kind: 'DATE', text: '2027-11-30' }), translate, 'zh-CN')).toBe('2027年11月30日');
    expect(formatScalar(anAuditValue({ kind: 'DATE', text: '2027-11-30' }), translate, 'en')).toBe('November 30, 2027');
    expect(formatScalar(anAuditValue({ kind: 'DATETIME', text: '2026-11-29T05:37:04.235Z' }), translate, 'zh-CN')).toBe('2026年11月29日 13:37');
    expect(formatScalar(anAuditValue({ kind: 'NUMBER', text: '2500' }), translate, 'zh-CN')).toBe('2,500');
    expect(formatScalar(anAuditValue({ kind: 'RECORDS', count: 3 }), translate, 'zh-CN')).toBe('3 项');
    expect(formatScalar(anAuditValue({ kind: 'RECORDS' }), translate, 'zh-CN')).toBe('多项');
    expect(formatScalar(anAuditValue({ kind: 'BOOLEAN', text: 'true' }), translate, 'zh-CN')).toBe('是');
    expect(formatScalar(anAuditValue({ kind: 'TEXT', text: '' }), translate, 'zh-CN')).toBe('—');
    expect(enumGroupOf('ProviderExitTrigger')).toBe('exitTrigger');
    expect(enumGroupOf('SurveyScope')).toBe('surveyScope');
    expect(fieldLabel('Provider', 'status', translate)).toBe('准入状态');
    expect(fieldLabel('Unknown', 'thing', translate)).toBe('app.audit.other_field');
    expect(actorLabel('system', 'DISTRICT_ADMIN', translate)).toBe('系统自动');
    expect(actorLabel('demo-district', 'DISTRICT_ADMIN', translate)).toBe('区教育局管理员 · demo-district');
    expect(shorten('x'.repeat(100), 10)).toHaveLength(10);
  });

  it('lists what happened, not the ids behind it', () => {
    const changes = [{ field: 'title' }, { field: 'resolution' }, { field: 'exitId' }];
    expect(visibleChanges('UPDATE', changes).map((c) => c.field)).toEqual(['title', 'resolution', 'exitId']);
    expect(visibleChanges('ACTIVITY_CANCELLED', changes).map((c) => c.field)).toEqual(['resolution']);
    expect(visibleChanges('EXIT_OPENED', changes)).toEqual([]);
  });
});

describe('the trail on a record’s page', () => {
  it('reads as sentences: labels, enum values, dates and references by name, never raw keys, ids or JSON', async () => {
    const events = [
      anAuditEvent({
        id: 'aud_2',
        entityType: 'Provider',
        action: 'EVALUATED',
        summary: '城关一小 随机抽查 40 分',
        summaryKey: 'provider.evaluated',
        summaryParams: [
          { name: 'school', value: anAuditValue({ kind: 'REFERENCE', refType: 'School', refId: 'sch_1' }) },
          { name: 'kind', value: anAuditValue({ kind: 'ENUM', enumType: 'EvaluationKind', text: 'SPOT_CHECK' }) },
          { name: 'total', value: anAuditValue({ kind: 'NUMBER', text: '40' }) },
        ],
        changes: [],
      }),
      anAuditEvent({
        id: 'aud_3',
        entityType: 'Provider',
        action: 'EXITED',
        summaryKey: 'provider.exited',
        summaryParams: [
          { name: 'name', value: anAuditValue({ kind: 'TEXT', text: '绿茵少儿足球俱乐部' }) },
          { name: 'reentryDate', value: anAuditValue({ kind: 'DATE', text: '2027-11-30' }) },
        ],
        changes: [
          { field: 'reentryDate', beforeValue: null, afterValue: anAuditValue({ kind: 'DATE', text: '2027-11-30' }) },
          {
            field: 'serviceCategories',
            beforeValue: null,
            afterValue: anAuditValue({ kind: 'LIST', items: [anAuditValue({ kind: 'ENUM', enumType: 'ActivityCategory', text: 'SPORTS' })] }),
          },
          { field: 'qualifications', beforeValue: anAuditValue({ kind: 'RECORDS', count: 2 }), afterValue: anAuditValue({ kind: 'RECORDS', count: 1 }) },
        ],
      }),
      anAuditEvent({
        id: 'aud_4',
        entityType: 'Provider',
        action: 'EXIT_OPENED',
        summaryKey: 'provider.exitOpened',
        summaryParams: [
          { name: 'exit', value: anAuditValue({ kind: 'REFERENCE', refType: 'ProviderExit', refId: null }) },
          { name: 'reason', value: anAuditValue({ kind: 'TEXT', text: '安全管理不到位' }) },
        ],
        changes: [],
      }),
    ];
    const provider = {
      id: 'prv_1',
      version: 3,
      name: '绿茵少儿足球俱乐部',
      status: 'APPROVED',
      kind: 'TRAINING_INSTITUTION',
      qualifications: [],
      serviceCategories: [],
      standing: null,
    };
    const dataProvider = anInMemoryDataProvider({ providers: [provider], auditEvents: events, schools: [{ id: 'sch_1', name: '城关第一实验小学' }] });
    window.location.hash = '#/providers/prv_1/show/audit';
    render(<App dataProvider={dataProvider} authProvider={aSignedInAuthProvider('DISTRICT_ADMIN')} loginPage={LocalLoginPage} />);
    const link = await screen.findByRole('link', { name: '城关第一实验小学' }, slow);
    expect(link.getAttribute('href')).toContain('/schools/sch_1/show');
    const entries = await screen.findAllByTestId('audit-entry');
    const text = entries.map((entry) => entry.textContent).join('\n');
    expect(text).toContain('城关第一实验小学 随机抽查 40 分');
    expect(text).toContain('绿茵少儿足球俱乐部 已退出，2027年11月30日 后可重新申请');
    expect(text).toContain('体育');
    expect(text).toContain('2 项 → 1 项');
    expect(within(entries[2]).getByText(/一条您无权查看的记录/)).toBeTruthy();
    expect(text).not.toMatch(/sch_|pex_|prv_|SPOT_CHECK|SPORTS|reentryDate|serviceCategories|[{}[\]"]/);
  });
});
