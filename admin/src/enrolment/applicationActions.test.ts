import { describe, expect, it } from 'vitest';
import { allowedApplicationActions } from './applicationActions';

describe('allowedApplicationActions', () => {
  it('offers the class step, the school decision and withdrawal by status, to admins only', () => {
    expect(allowedApplicationActions('SUBMITTED', 'SCHOOL_ADMIN')).toEqual(['review', 'withdraw']);
    expect(allowedApplicationActions('CLASS_APPROVED', 'DISTRICT_ADMIN')).toEqual(['decide', 'withdraw']);
    expect(allowedApplicationActions('APPROVED', 'SCHOOL_ADMIN')).toEqual(['withdraw']);
    expect(allowedApplicationActions('REJECTED', 'SCHOOL_ADMIN')).toEqual([]);
    expect(allowedApplicationActions('WITHDRAWN', 'SCHOOL_ADMIN')).toEqual([]);
    expect(allowedApplicationActions('SUBMITTED', 'PROVIDER')).toEqual([]);
  });
});
