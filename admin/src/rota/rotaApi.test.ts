import { describe, expect, it } from 'vitest';
import { choiceOf, rotaDays, rotaOperations, weekdaysShown } from './rotaApi';

const rota = {
  days: [
    { weekday: 'MONDAY' as const, staffId: 'stf_a', staff: null },
    { weekday: 'SATURDAY' as const, staffId: 'stf_b', staff: null },
  ],
};

describe('duty rota page helpers', () => {
  it('shows Monday to Friday, and a weekend day only when the rota holds one', () => {
    expect(weekdaysShown(null)).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']);
    expect(weekdaysShown(rota)).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']);
  });

  it('shows the district policy’s service days, and a day the rota still holds outside them (to clear it)', () => {
    const fourDays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'] as const;
    expect(weekdaysShown(null, fourDays)).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY']);
    const withFriday = { days: [{ weekday: 'FRIDAY' as const, staffId: 'stf_a', staff: null }] };
    expect(weekdaysShown(withFriday, fourDays)).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']);
    // The page's load maps the policy's days (none in an older answer: Monday to Friday).
    const load = rotaOperations.load('sch_x');
    expect(load.parseResponse({ data: { dutyRota: null, staffMembers: { nodes: [] }, districtPolicy: { serviceDays: [...fourDays] } } })).toMatchObject({
      serviceDays: fourDays,
    });
  });

  it('turns the form into the mutation’s days (nobody chosen = not on the rota), Monday first', () => {
    expect(rotaDays({ WEDNESDAY: 'stf_c', MONDAY: 'stf_a', TUESDAY: '' })).toEqual([
      { weekday: 'MONDAY', staffId: 'stf_a' },
      { weekday: 'WEDNESDAY', staffId: 'stf_c' },
    ]);
    expect(rotaDays(choiceOf(rota))).toEqual([
      { weekday: 'MONDAY', staffId: 'stf_a' },
      { weekday: 'SATURDAY', staffId: 'stf_b' },
    ]);
  });

  it('saves over the version read, and the first rota without one', () => {
    expect(rotaOperations.save('sch_x', { MONDAY: 'stf_a' }, 3).variables).toEqual({
      schoolId: 'sch_x',
      days: [{ weekday: 'MONDAY', staffId: 'stf_a' }],
      expectedVersion: 3,
    });
    expect(rotaOperations.save('sch_x', {}, undefined).variables.expectedVersion).toBeNull();
  });
});
