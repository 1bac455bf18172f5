import type { ReactNode } from 'react';
import { phoneErrorCode } from './api';
import { useMessages, type Translate } from './i18n';

/** The page frame: title bar with the language switch and, when signed in, 退出登录. */
export function Frame({ title, onSignOut, children }: { title: string; onSignOut?: () => void; children: ReactNode }) {
  const { t, switchLanguage } = useMessages();
  return (
    <div className="ph-page">
      <header className="ph-bar">
        <h1 className="ph-app">{title}</h1>
        <button type="button" className="ph-link" onClick={switchLanguage}>
          {t('language')}
        </button>
        {onSignOut && (
          <button type="button" className="ph-link" onClick={onSignOut}>
            {t('sign_out')}
          </button>
        )}
      </header>
      <main className="ph-main">{children}</main>
    </div>
  );
}

/** A refusal in the user's language: our words for the code, then the server's reason. */
export const errorText = (t: Translate, error: unknown) => t(`errors.${phoneErrorCode(error)}`, { message: error instanceof Error ? error.message : '' });

export function Notice({ kind = 'info', children }: { kind?: 'info' | 'error' | 'success'; children: ReactNode }) {
  return (
    <p className={`ph-notice ph-notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="ph-field">
      <span className="ph-label">{label}</span>
      {children}
    </label>
  );
}

export function Button({
  children,
  kind = 'primary',
  ...rest
}: { children: ReactNode; kind?: 'primary' | 'secondary' | 'danger' } & Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'className'>) {
  return (
    <button type="button" className={`ph-button ph-button--${kind}`} {...rest}>
      {children}
    </button>
  );
}
