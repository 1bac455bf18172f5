import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../App';
import { LocalLoginPage } from '../auth/LocalLoginPage';
import type { Role } from '../generated/graphql';
import { aSignedInAuthProvider, anInMemoryDataProvider } from '../testing/fakeProviders';
import { slow } from '../testing/timeouts';

async function menuOf(role: Role, roleLabel: RegExp) {
  window.location.hash = '#/';
  render(<App dataProvider={anInMemoryDataProvider({})} authProvider={aSignedInAuthProvider(role)} loginPage={LocalLoginPage} />);
  expect(await screen.findByRole('menuitem', { name: /区级政策/ }, slow)).toBeTruthy();
  // The dashboard's links are drawn after permissions resolve: by then the menu is final too.
  await screen.findByText(roleLabel);
  const item = (name: RegExp) => screen.queryByRole('menuitem', { name });
  return item;
}

describe('menu', () => {
  it('shows a provider user its provider, contracts and evaluations, and nothing of schools or timetables', async () => {
    const item = await menuOf('PROVIDER', /当前身份：校外机构/);
    expect(await screen.findByRole('menuitem', { name: /校外机构/ })).toBeTruthy();
    expect(item(/服务协议/)).toBeTruthy();
    expect(item(/评价/)).toBeTruthy();
    for (const hidden of [/学校/, /学期/, /排片/, /合规检查/, /有序退出/, /^活动$/]) expect(item(hidden)).toBeNull();
  });

  it('groups the district admin’s menu by task, daily work first, with names that do not collide', async () => {
    const item = await menuOf('DISTRICT_ADMIN', /当前身份：区教育局管理员/);
    expect(await screen.findByRole('menuitem', { name: /排片表/ })).toBeTruthy();
    const headings = screen
      .getAllByText(/^(日常|师生与报名|排片与合规|校外机构|收费与公示|问卷|设置)$/, { selector: '.MuiListSubheader-root' })
      .map((node) => node.textContent);
    expect(headings).toEqual(['日常', '师生与报名', '排片与合规', '校外机构', '收费与公示', '问卷', '设置']);
    const names = screen.getAllByRole('menuitem').map((node) => node.textContent);
    expect(names).toEqual([
      '首页',
      '今日看护',
      '预警',
      '看护日志',
      '教职工',
      '值班表',
      '班级',
      '学生',
      '课后服务申请',
      '排片表',
      '活动',
      '合规检查',
      '合规总览',
      '专项督查',
      '校外机构',
      '服务协议',
      '评价',
      '有序退出',
      '收费账单',
      '课时补助',
      '机构对账单',
      '公示',
      '问卷',
      '学校',
      '学期',
      '区级政策',
    ]);
    expect(item(/^活动$/)).toBeTruthy();
  });

  it('shows a school admin the timetable, compliance and exits', async () => {
    const item = await menuOf('SCHOOL_ADMIN', /当前身份：学校管理员/);
    expect(await screen.findByRole('menuitem', { name: /排片表/ })).toBeTruthy();
    expect(item(/合规检查/)).toBeTruthy();
    expect(item(/有序退出/)).toBeTruthy();
    expect(item(/服务协议/)).toBeTruthy();
    expect(item(/值班表/)).toBeTruthy();
    expect(item(/机构对账单/)).toBeTruthy();
  });
});
