import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { LocalLoginPage } from '../auth/LocalLoginPage';
import { fromGraphQLError } from '../dataProvider/errors';
import { aGraphQLError } from '../testing/builders';
import { aSignedInAuthProvider, anInMemoryDataProvider } from '../testing/fakeProviders';
import { slow } from '../testing/timeouts';

describe('school create form', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows a refused duplicate code next to the code input, in Chinese, naming the code (never the server text)', async () => {
    // react-query logs every failed mutation; this failure is the point of the test.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const dataProvider = anInMemoryDataProvider({ schools: [] });
    dataProvider.create = async () => {
      throw fromGraphQLError(
        aGraphQLError('CONFLICT', 'School code XX001 is already used by another school', {
          field: 'code',
          reason: 'DUPLICATE_SCHOOL_CODE',
          schoolCode: 'XX001',
        }),
      );
    };
    window.location.hash = '#/schools/create';
    render(<App dataProvider={dataProvider} authProvider={aSignedInAuthProvider('DISTRICT_ADMIN')} loginPage={LocalLoginPage} />);

    fireEvent.change(await screen.findByLabelText(/学校名称/, undefined, slow), { target: { value: '实验小学' } });
    fireEvent.change(screen.getByLabelText(/学校代码/), { target: { value: 'XX001' } });
    fireEvent.change(screen.getByLabelText(/^姓名/), { target: { value: '王校长' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('学校代码 XX001 已被其他学校使用', undefined, slow)).toBeTruthy();
    expect(document.body.textContent).not.toContain('already used');
    expect(screen.getByLabelText(/学校代码/).getAttribute('aria-invalid')).toBe('true');
  });
});
