import { describe, expect, it } from 'vitest';
import { aConnection } from '../testing/builders';
import { anAuditEvent } from '../testing/domainBuilders';
import { auditApi } from './auditApi';
import { actorLabel, fieldLabel, formatValue, shorten, visibleChanges } from './auditFormat';

const translate = (key: string, options?: Record<string, unknown>) => {
  const known: Record<string, string> = {
    'app.enums.providerStatus.APPROVED': '已准入',
    'resources.providers.fields.status': '准入状态',
    'app.roles.DISTRICT_ADMIN': '区教育局管理员',
    'app.audit.actors.system': '系统自动',
    'app.none': '—',
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

  it('read for people: enum values and field names translated, absent values as a dash', () => {
    expect(formatValue('Provider', 'status', '"APPROVED"', translate)).toBe('已准入');
    expect(formatValue('Provider', 'status', null, translate)).toBe('—');
    expect(formatValue('Contract', 'hours', '40', translate)).toBe('40');
    expect(formatValue('Provider', 'status', '"SOMETHING_NEW"', translate)).toBe('SOMETHING_NEW');
    expect(fieldLabel('Provider', 'status', translate)).toBe('准入状态');
    expect(fieldLabel('Unknown', 'thing', translate)).toBe('thing');
    expect(actorLabel('system', 'DISTRICT_ADMIN', translate)).toBe('系统自动');
    expect(actorLabel('demo-district', 'DISTRICT_ADMIN', translate)).toBe('区教育局管理员 · demo-district');
    expect(shorten('x'.repeat(100), 10)).toHaveLength(10);
  });
});

describe('audit changes worth listing', () => {
  it('hides bookkeeping, shows instants in Beijing time and record lists as a count', () => {
    const t = (key: string, options?: Record<string, unknown>) =>
      key === 'app.audit.items' ? `${String(options?.count)} 项` : key === 'app.list_separator' ? '、' : key;
    expect(formatValue('ProviderExit', 'decidedAt', '"2026-11-29T05:37:04.235Z"', t, 'zh-CN')).toBe('2026年11月29日 13:37');
    expect(formatValue('ProviderExit', 'affectedActivities', '[{"activityId":"act_1"},{"activityId":"act_2"}]', t)).toBe('2 项');
    expect(formatValue('Activity', 'grades', '[1,2,3]', t)).toBe('1、2、3');
    expect(formatValue('ProviderExit', 'evidence', '[]', t)).toBe('app.none');
    const changes = [{ field: 'version' }, { field: 'title' }, { field: 'resolution' }];
    expect(visibleChanges('UPDATE', changes).map((c) => c.field)).toEqual(['title', 'resolution']);
    expect(visibleChanges('ACTIVITY_CANCELLED', changes).map((c) => c.field)).toEqual(['resolution']);
  });
});
