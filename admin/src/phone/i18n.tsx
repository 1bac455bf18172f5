import { createContext, useContext, type ReactNode } from 'react';
import type { phoneZh } from '../i18n/zh-CN/phone';

export type PhoneMessages = typeof phoneZh;
export type Translate = (key: string, args?: Record<string, string | number>) => string;

const Messages = createContext<{ t: Translate; lang: 'zh-CN' | 'en'; switchLanguage: () => void } | null>(null);

/** `t('parent.greeting', { name })`: a dotted path into the messages, `%{name}` filled in. */
export function translator(messages: PhoneMessages): Translate {
  return (key, args = {}) => {
    const found = key
      .split('.')
      .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
    const text = typeof found === 'string' ? found : key;
    return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(args[name] ?? ''));
  };
}

export function MessagesProvider({
  messages,
  lang,
  switchLanguage,
  children,
}: {
  messages: PhoneMessages;
  lang: 'zh-CN' | 'en';
  switchLanguage: () => void;
  children: ReactNode;
}) {
  return <Messages.Provider value={{ t: translator(messages), lang, switchLanguage }}>{children}</Messages.Provider>;
}

export function useMessages() {
  const value = useContext(Messages);
  if (!value) throw new Error('useMessages outside MessagesProvider');
  return value;
}
