import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { LocalLoginPage } from '../auth/LocalLoginPage';
import type { Operation } from '../dataProvider/operation';
import { anAffectedActivity, anExit } from '../testing/domainBuilders';
import { aSignedInAuthProvider, anInMemoryDataProvider } from '../testing/fakeProviders';
import { slow } from '../testing/timeouts';

const operationName = (op: Operation<unknown>) => (op.query.definitions[0] as { name: { value: string } }).name.value;

/** The console on an approved exit case with two affected activities, one still unresolved. */
function renderBoard(role: 'DISTRICT_ADMIN' | 'SCHOOL_ADMIN') {
  const exit = anExit({
    affectedActivities: [
      anAffectedActivity({ activityId: 'act_1', title: '足球社团' }),
      anAffectedActivity({ activityId: 'act_2', title: '书法', resolution: 'REASSIGNED', toStaffName: '王老师' }),
    ],
    canComplete: false,
  });
  const records = { providerExits: [exit] };
  const dataProvider = Object.assign(anInMemoryDataProvider(records), {
    // The API answers a cancellation with the case, now fully resolved.
    execute: vi.fn(async (op: Operation<unknown>) => {
      if (operationName(op) !== 'CancelActivity') throw new Error(`unexpected ${operationName(op)}`);
      const resolved = anExit({
        ...exit,
        version: exit.version + 1,
        affectedActivities: exit.affectedActivities.map((a) => ({ ...a, resolution: 'CANCELLED' as const })),
        canComplete: true,
      });
      records.providerExits = [resolved];
      return { data: op.parseResponse({ data: { cancelActivity: resolved } }) };
    }),
  });
  window.location.hash = '#/providerExits/pex_1/show';
  render(<App dataProvider={dataProvider} authProvider={aSignedInAuthProvider(role)} loginPage={LocalLoginPage} />);
  return dataProvider;
}

describe('transition board', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps 完成退出 disabled until every affected activity is resolved', async () => {
    const dataProvider = renderBoard('DISTRICT_ADMIN');
    const complete = await screen.findByRole('button', { name: /完成退出/ }, slow);
    expect((complete as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/还有 1 \/ 2 项活动待改派或取消/)).toBeTruthy();

    // The resolved activity offers no actions any more; the open one offers both.
    const done = screen.getByTestId('affected-act_2');
    expect(within(done).queryByRole('button', { name: /改派/ })).toBeNull();
    expect(within(done).getByText('已改派')).toBeTruthy();
    const open = screen.getByTestId('affected-act_1');
    expect(within(open).getByText(/各位家长/)).toBeTruthy();
    fireEvent.click(within(open).getByRole('button', { name: /取消活动/ }));
    fireEvent.click(await screen.findByRole('button', { name: /确认/ }));

    await waitFor(() => expect((screen.getByRole('button', { name: /完成退出/ }) as HTMLButtonElement).disabled).toBe(false), slow);
    expect(dataProvider.execute).toHaveBeenCalledTimes(1);
    expect(dataProvider.execute.mock.calls[0][0].variables).toEqual({ exitId: 'pex_1', activityId: 'act_1' });
    expect(screen.getByText(/所有受影响的活动均已处理/)).toBeTruthy();
  });

  it('lets a school admin resolve activities but not complete the exit', async () => {
    renderBoard('SCHOOL_ADMIN');
    const open = await screen.findByTestId('affected-act_1', undefined, slow);
    expect(within(open).getByRole('button', { name: /改派/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /完成退出/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /同意退出/ })).toBeNull();
  });
});
