import type { ReactNode } from 'react';
import { KehouError } from '@kehou/client';
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

/**
 * A refusal in the user's language, never the server's (English) message: the sentence of the refused field when the
 * page has one (a wrong pickup code), else the code's words followed by the reason's (`extensions.reason` with its
 * parameters, worded as in the console), else the code's words alone.
 */
export function errorText(t: Translate, error: unknown): string {
  const code = phoneErrorCode(error);
  const extensions = error instanceof KehouError ? error.extensions : {};
  const field = error instanceof KehouError ? error.field : undefined;
  const worded = (key: string, args?: Record<string, string | number>) => {
    const text = t(key, args);
    return text === key ? undefined : text;
  };
  const ofField = field ? worded(`errors.field.${code}.${field}`) : undefined;
  if (ofField) return ofField;
  const reason = typeof extensions.reason === 'string' && extensions.reason !== 'INVALID' ? extensions.reason : undefined;
  const params = Object.fromEntries(
    Object.entries(extensions).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'),
  );
  const because = reason ? worded(`errors.reasons.${reason}`, params) : undefined;
  return because ? t('errors.with_reason', { error: t(`errors.${code}`), reason: because }) : t(`errors.${code}`);
}

export function Notice({ kind = 'info', children }: { kind?: 'info' | 'error' | 'success'; children: ReactNode }) {
  return (
    <p className={`ph-notice ph-notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is `children`, wrapped by the label (implicit association).
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
