import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { phoneEn } from '../i18n/en/phone';
import { phoneZh } from '../i18n/zh-CN/phone';
import { createPhoneClient } from './api';
import { CareTeacher } from './CareTeacher';
import { MessagesProvider } from './i18n';
import { PickupList } from './PickupList';

// jsdom has no IndexedDB: the roll-call outbox is an empty stand-in here (its own tests cover it).
vi.mock('./rollCallQueue', () => ({
  openRollCallQueue: () => ({ pending: async () => [], flush: async () => ({ sent: 0, left: 0, refused: [] }), add: async () => {} }),
}));

/** An endpoint that has not answered yet (a slow network, a loaded machine): the sections must say they are loading. */
const pending = createPhoneClient('/graphql', () => 'tkn', (() => new Promise<Response>(() => {})) as unknown as typeof fetch);

describe('the teacher page while today’s sessions and pickup list load', () => {
  it.each([
    ['zh-CN', phoneZh, '正在加载…'],
    ['en', phoneEn, 'Loading…'],
  ] as const)('says it is loading (%s) instead of showing empty sections', async (lang, messages, text) => {
    render(
      <MessagesProvider messages={messages} lang={lang} switchLanguage={() => {}}>
        <CareTeacher client={pending} user={`loading-${lang}`} />
        <PickupList client={pending} />
      </MessagesProvider>,
    );
    expect(await screen.findAllByText(text)).toHaveLength(2);
  });
});
