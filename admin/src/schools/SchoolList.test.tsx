import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { LocalLoginPage } from '../auth/LocalLoginPage';
import { aSchool } from '../testing/builders';
import { aSignedInAuthProvider, anInMemoryDataProvider } from '../testing/fakeProviders';
import { slow } from '../testing/timeouts';

const schools = [
  aSchool({ id: 'sch_1', code: 'XX001', name: '实验小学', type: 'PRIMARY' }),
  aSchool({ id: 'sch_2', code: 'XX002', name: '第二中学', type: 'JUNIOR', ownership: 'PRIVATE', grades: [7, 8, 9] }),
];

function renderAt(path: string, role: 'DISTRICT_ADMIN' | 'SCHOOL_ADMIN', records = { schools }) {
  // react-admin routes with a hash router by default.
  window.location.hash = `#${path}`;
  const dataProvider = anInMemoryDataProvider(records);
  render(<App dataProvider={dataProvider} authProvider={aSignedInAuthProvider(role)} loginPage={LocalLoginPage} />);
  return dataProvider;
}

describe('school list', () => {
  beforeEach(() => {
    window.location.hash = '';
  });

  it('shows the schools in Chinese, with enum values translated, and offers 新建 to the district', async () => {
    renderAt('/schools', 'DISTRICT_ADMIN');
    const row = (await screen.findByText('实验小学', undefined, slow)).closest('tr')!;
    expect(within(row).getByText('XX001')).toBeTruthy();
    expect(within(row).getByText('小学')).toBeTruthy();
    expect(within(row).getByText('公办')).toBeTruthy();
    expect(screen.getByText('第二中学').closest('tr')!.textContent).toContain('民办');
    expect(screen.getByRole('columnheader', { name: /学校代码/ })).toBeTruthy();
    expect(await screen.findByRole('link', { name: /新建/ })).toBeTruthy();
  });

  it('offers a school admin no way to create schools', async () => {
    renderAt('/schools', 'SCHOOL_ADMIN', { schools: [schools[0]] });
    await screen.findByText('实验小学', undefined, slow);
    expect(screen.queryByRole('link', { name: /新建/ })).toBeNull();
  });

  it('says what to do next when there is no school yet', async () => {
    renderAt('/schools', 'DISTRICT_ADMIN', { schools: [] });
    expect(await screen.findByText('还没有学校', undefined, slow)).toBeTruthy();
    expect(screen.getByText(/点击“新建”添加本区的第一所学校/)).toBeTruthy();
  });
});
