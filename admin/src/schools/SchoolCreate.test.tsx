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

  it('shows a refused duplicate code next to the code input, in Chinese with the server detail', async () => {
    // react-query logs every failed mutation; this failure is the point of the test.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const dataProvider = anInMemoryDataProvider({ schools: [] });
    dataProvider.create = async () => {
      throw fromGraphQLError(aGraphQLError('CONFLICT', 'School code XX001 is already used by another school', { field: 'code' }));
    };
    window.location.hash = '#/schools/create';
    render(<App dataProvider={dataProvider} authProvider={aSignedInAuthProvider('DISTRICT_ADMIN')} loginPage={LocalLoginPage} />);

    fireEvent.change(await screen.findByLabelText(/学校名称/, undefined, slow), { target: { value: '实验小学' } });
    fireEvent.change(screen.getByLabelText(/学校代码/), { target: { value: 'XX001' } });
    fireEvent.change(screen.getByLabelText(/^姓名/), { target: { value: '王校长' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已被其他记录使用（School code XX001 is already used by another school）', undefined, slow)).toBeTruthy();
    expect(screen.getByLabelText(/学校代码/).getAttribute('aria-invalid')).toBe('true');
  });
});
