import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { LocalLoginPage } from '../auth/LocalLoginPage';
import type { Role } from '../generated/graphql';
import { aSchool } from '../testing/builders';
import { aSignedInAuthProvider, anInMemoryDataProvider } from '../testing/fakeProviders';
import { slow } from '../testing/timeouts';

const schools = [aSchool(), aSchool({ id: 'sch_2', code: 'XX002', name: '第二中学', type: 'JUNIOR', grades: [7, 8, 9] })];

function renderSchools(role: Role) {
  window.location.hash = '#/schools';
  const dataProvider = anInMemoryDataProvider({ schools });
  render(<App dataProvider={dataProvider} authProvider={aSignedInAuthProvider(role)} loginPage={LocalLoginPage} />);
  return dataProvider;
}

describe('CSV actions on a list', () => {
  const downloads: Blob[] = [];
  beforeEach(() => {
    downloads.length = 0;
    // jsdom has no object URLs and does not navigate: the download is the Blob handed to createObjectURL.
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => (downloads.push(blob), 'blob:csv')), revokeObjectURL: vi.fn() }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('offers the district 导出 and 导入; 导出 downloads every row as a Chinese CSV', async () => {
    const dataProvider = renderSchools('DISTRICT_ADMIN');
    await screen.findByText('第二中学', undefined, slow);
    expect(await screen.findByRole('button', { name: '导入' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '导出' }));

    await waitFor(() => expect(downloads).toHaveLength(1), slow);
    // The UTF-8 byte-order mark Excel needs (Blob.text() would drop it, so the bytes are checked).
    const bytes = new Uint8Array(await downloads[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await downloads[0].text();
    expect(text).toContain('学校名称,学校代码,学校类型');
    expect(text).toContain('第二中学,XX002,初中,公办,7-9');
    const link = vi.mocked(HTMLAnchorElement.prototype.click).mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^学校-\d{4}-\d{2}-\d{2}\.csv$/);
    // The export pages with the API's largest page size.
    expect(dataProvider.calls).toContainEqual(['getList', 'schools', expect.objectContaining({ pagination: { page: 1, perPage: 100 } })]);
  });

  it('offers a school admin 导出 but not 导入', async () => {
    renderSchools('SCHOOL_ADMIN');
    await screen.findByText('实验小学', undefined, slow);
    expect(await screen.findByRole('button', { name: '导出' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '导入' })).toBeNull();
  });
});
