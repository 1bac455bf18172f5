import { describe, expect, it } from 'vitest';
import { errorFromResponse, InvalidTransitionError, KehouError, NetworkError } from '@kehou/client';
import { phoneEn } from '../i18n/en/phone';
import { phoneZh } from '../i18n/zh-CN/phone';
import { createPhoneClient, parentApi, phoneErrorCode, teacherApi } from './api';
import { translator } from './i18n';
import { phoneAudienceOf } from './route';
import { e164, localParentSignIn, localTeachers, phoneConfigOf } from './session';
import { chinaDate, chinaDateTime } from './time';
import { errorText } from './ui';

const respond = (status: number, body: unknown) =>
  (async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })) as unknown as typeof fetch;

describe('phone pages', () => {
  it('are found at /m/parent and /m/teacher only', () => {
    expect(phoneAudienceOf('/m/parent')).toBe('parent');
    expect(phoneAudienceOf('/m/teacher/')).toBe('teacher');
    expect(phoneAudienceOf('/m/district')).toBeNull();
    expect(phoneAudienceOf('/s/abc')).toBeNull();
  });

  it('call the API through @kehou/client: the token, the named operation, coded errors with the field', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const client = createPhoneClient('/parent/graphql', () => 'tkn', (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ data: { linkChild: { id: 'stu_1', name: '张小明' } } }), { status: 200 });
    }) as unknown as typeof fetch);
    expect(await parentApi(client).linkChild('ABCD2345')).toEqual({ id: 'stu_1', name: '张小明' });
    expect(seen[0].url).toBe('/parent/graphql');
    expect((seen[0].init.headers as Record<string, string>).authorization).toBe('Bearer tkn');
    expect(JSON.parse(String(seen[0].init.body))).toMatchObject({ operationName: 'LinkChild', variables: { code: 'ABCD2345' } });

    const refused = createPhoneClient(
      '/graphql',
      () => null,
      respond(200, { errors: [{ message: 'code expired', extensions: { code: 'INVALID_TRANSITION', field: 'code' } }] }),
    );
    const error = await teacherApi(refused)
      .review({ id: 'enr_1', version: 2 }, 'APPROVE', null)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', field: 'code', message: 'code expired' });
    expect(phoneErrorCode(error)).toBe('INVALID_TRANSITION');

    const down = createPhoneClient('/graphql', () => null, (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    const offline = await parentApi(down)
      .home()
      .catch((e: unknown) => e);
    expect(offline).toBeInstanceOf(NetworkError);
    expect(phoneErrorCode(offline)).toBe('NETWORK');
    // A server failure without a GraphQL body reads as UNKNOWN (our words, not the server's).
    const failing = createPhoneClient('/graphql', () => null, respond(500, {}));
    expect(
      phoneErrorCode(
        await teacherApi(failing)
          .me()
          .catch((e: unknown) => e),
      ),
    ).toBe('UNKNOWN');
  });

  it('read where parents and teachers sign in from config.json', () => {
    expect(phoneConfigOf({ graphqlUrl: '/graphql', auth: { mode: 'local' } }, 'parent')).toEqual({ mode: 'local', graphqlUrl: '/graphql' });
    expect(phoneConfigOf({ graphqlUrl: '/graphql', auth: { mode: 'local' }, parents: { graphqlUrl: '/parent/graphql' } }, 'parent')).toEqual({
      mode: 'local',
      graphqlUrl: '/parent/graphql',
    });
    const deployed = {
      graphqlUrl: 'https://api/graphql',
      auth: { mode: 'oidc', issuer: 'https://cognito-idp.ap-southeast-1.amazonaws.com/staff', clientId: 'console', logoutUrl: 'https://login/logout' },
      parents: { graphqlUrl: 'https://api/parent/graphql', region: 'ap-southeast-1', userPoolId: 'parents', userPoolClientId: 'parent-app' },
    };
    // Parents in their own pool on their own route; teachers with the console's OpenID Connect client.
    expect(phoneConfigOf(deployed, 'parent')).toEqual({
      mode: 'cognito',
      graphqlUrl: 'https://api/parent/graphql',
      cognito: { region: 'ap-southeast-1', clientId: 'parent-app' },
    });
    expect(phoneConfigOf(deployed, 'teacher')).toEqual({
      mode: 'oidc',
      graphqlUrl: 'https://api/graphql',
      oidc: { issuer: 'https://cognito-idp.ap-southeast-1.amazonaws.com/staff', clientId: 'console' },
    });
    // A district's own provider and no parents' pool: parents sign in there too, on the main route.
    expect(phoneConfigOf({ ...deployed, parents: undefined }, 'parent')).toMatchObject({ mode: 'oidc', graphqlUrl: 'https://api/graphql' });
    expect(phoneConfigOf({ graphqlUrl: '/graphql', auth: { mode: 'cognito' } }, 'teacher').mode).toBe('unsupported');
    expect(e164('138 0013 8000')).toBe('+8613800138000');
  });
});

describe('refusals on the phone pages', () => {
  const zh = translator(phoneZh);
  const en = translator(phoneEn);
  const refusal = (extensions: Record<string, unknown>, message = 'comment is too long: at most 500 characters (got 600)') =>
    errorFromResponse([{ message, extensions }], 200);

  it('word the reason with its parameters in the page’s language, never the server’s English message', () => {
    const tooLong = refusal({ code: 'BAD_USER_INPUT', field: 'comment', reason: 'TOO_LONG', max: 500 });
    expect(errorText(zh, tooLong)).toBe('填写有误：不能超过 500 个字');
    expect(errorText(en, tooLong)).not.toContain('comment is too long');
    expect(errorText(en, tooLong)).toMatch(/^Please check your input: .*500/);
    // A reason the catalogue has no sentence for (INVALID says nothing), or none at all: the code's words alone.
    expect(errorText(zh, refusal({ code: 'BAD_USER_INPUT', field: 'reason', reason: 'INVALID' }, 'Reason is odd'))).toBe('填写有误');
    expect(errorText(zh, refusal({ code: 'INVALID_TRANSITION' }, 'The class review needs an application in SUBMITTED'))).toBe('当前不能这样操作');
  });

  it('say what a refused pickup code, binding code or phone number means', () => {
    const wrongCode = refusal({ code: 'FORBIDDEN', field: 'pickupCode' }, 'This code belongs to no authorized pickup person of the child');
    expect(errorText(zh, wrongCode)).toBe('接送码不属于该学生的任何接送人：请不要放行');
    expect(errorText(en, wrongCode)).toMatch(/do not release the child/);
    expect(errorText(zh, refusal({ code: 'NOT_FOUND', field: 'code' }, 'This binding code is unknown'))).toMatch(/^绑定码无效或已使用/);
    expect(errorText(zh, refusal({ code: 'FORBIDDEN' }, 'You may not do this'))).toBe('无权进行此操作');
  });

  it('sign a parent in by phone alone (the name is for a first sign-in), and word a refused number', async () => {
    const bodies: unknown[] = [];
    const server = (async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { phone: string; name?: string };
      bodies.push(body);
      return body.phone === '138'
        ? new Response(JSON.stringify({ message: 'phone must be a mobile number of 11 digits', code: 'BAD_USER_INPUT', field: 'phone' }), { status: 400 })
        : new Response(JSON.stringify({ token: 'tkn', user: { displayName: '李先生' } }), { status: 200 });
    }) as unknown as typeof fetch;
    expect(await localParentSignIn('13800000002', undefined, server)).toEqual({ token: 'tkn', name: '李先生' });
    expect(bodies[0]).toEqual({ phone: '13800000002' });
    const refused = await localParentSignIn('138', undefined, server).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(KehouError);
    expect(errorText(zh, refused)).toBe('请输入 11 位手机号');
  });
});

describe('times on the phone pages', () => {
  it('offer the demo teachers, then the demo provider users (机构老师), on the local teacher sign-in; nobody else', async () => {
    const users = [
      { username: 'district', displayName: '区教育局管理员', role: 'DISTRICT_ADMIN' },
      { username: 'provider-4f5g6h', displayName: '绿茵少儿足球俱乐部（机构用户）', role: 'PROVIDER' },
      { username: 'teacher-cg-001', displayName: '王老师（城关第一实验小学 一年级1班班主任）', role: 'TEACHER' },
      { username: 'school-cg-001', displayName: '城关第一实验小学管理员', role: 'SCHOOL_ADMIN' },
      { username: 'parent-13800000001', displayName: '家长', role: 'PARENT' },
    ];
    expect((await localTeachers(respond(200, users))).map((user) => user.username)).toEqual(['teacher-cg-001', 'provider-4f5g6h']);
  });

  it('show instants on China time, whatever the phone’s zone', () => {
    expect(chinaDateTime('2026-11-30T09:30:00.000Z')).toBe('2026-11-30 17:30');
    // Before 08:00 in China the UTC date is still yesterday's.
    expect(chinaDate('2026-11-30T23:10:00Z')).toBe('2026-12-01');
    expect(chinaDateTime('2026-11-30T16:05:00Z')).toBe('2026-12-01 00:05');
  });
});
