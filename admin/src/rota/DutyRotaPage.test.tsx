import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { LocalLoginPage } from '../auth/LocalLoginPage';
import type { Operation } from '../dataProvider/operation';
import { aSignedInAuthProvider, anInMemoryDataProvider } from '../testing/fakeProviders';
import { slow } from '../testing/timeouts';

const operationName = (op: Operation<unknown>) =>
  (op.query.definitions.find((d) => d.kind === 'OperationDefinition') as { name: { value: string } }).name.value;

const rota = {
  id: 'rot_1',
  version: 2,
  schoolId: 'sch_1',
  days: [{ weekday: 'MONDAY', staffId: 'stf_wang', staff: { id: 'stf_wang', name: '王校长' } }],
};
const leaders = [
  { id: 'stf_wang', name: '王校长' },
  { id: 'stf_li', name: '李主任' },
];

describe('duty rota page (值班表)', () => {
  it('shows each weekday’s duty leader and saves the whole rota at the version read', async () => {
    const execute = vi.fn(async (op: Operation<unknown>) => {
      if (operationName(op) === 'DutyRotaPage') return { data: op.parseResponse({ data: { dutyRota: rota, staffMembers: { nodes: leaders } } }) };
      expect(operationName(op)).toBe('SetDutyRota');
      return { data: op.parseResponse({ data: { setDutyRota: { ...rota, version: 3 } } }) };
    });
    const dataProvider = Object.assign(anInMemoryDataProvider({}), { execute });
    window.location.hash = '#/dutyRota';
    render(<App dataProvider={dataProvider} authProvider={aSignedInAuthProvider('SCHOOL_ADMIN')} loginPage={LocalLoginPage} />);

    const monday = await screen.findByRole('combobox', { name: '周一' }, slow);
    expect(monday.textContent).toBe('王校长');
    // Monday to Friday; no weekend day is on this rota.
    expect(screen.getAllByRole('combobox')).toHaveLength(5);
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '周二' }));
    fireEvent.click(within(await screen.findByRole('listbox')).getByRole('option', { name: '李主任' }));
    fireEvent.click(screen.getByRole('button', { name: /保存值班表/ }));
    await waitFor(() => expect(execute.mock.calls.some(([op]) => operationName(op) === 'SetDutyRota')).toBe(true));
    const saved = execute.mock.calls.find(([op]) => operationName(op) === 'SetDutyRota')![0];
    expect(saved.variables).toEqual({
      schoolId: 'sch_1',
      days: [
        { weekday: 'MONDAY', staffId: 'stf_wang' },
        { weekday: 'TUESDAY', staffId: 'stf_li' },
      ],
      expectedVersion: 2,
    });
  });

  it('offers the district policy’s service days only (篇五: Monday to Thursday)', async () => {
    const execute = vi.fn(async (op: Operation<unknown>) => ({
      data: op.parseResponse({
        data: { dutyRota: rota, staffMembers: { nodes: leaders }, districtPolicy: { serviceDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'] } },
      }),
    }));
    const dataProvider = Object.assign(anInMemoryDataProvider({}), { execute });
    window.location.hash = '#/dutyRota';
    render(<App dataProvider={dataProvider} authProvider={aSignedInAuthProvider('SCHOOL_ADMIN')} loginPage={LocalLoginPage} />);
    await screen.findByRole('combobox', { name: '周一' }, slow);
    expect(screen.getAllByRole('combobox')).toHaveLength(4);
    expect(screen.queryByRole('combobox', { name: '周五' })).toBeNull();
  });
});
