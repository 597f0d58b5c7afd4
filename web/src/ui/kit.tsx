/**
 * The citizen's pages are built from these few parts, plain HTML and one small stylesheet (kit.css), so
 * that a phone on a slow network shows them at once; officers' and admins' screens use Ant Design, loaded
 * only with their own routes.
 */
import { useEffect, useId, useState, type ButtonHTMLAttributes, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** The tab's title: the page's own first, then the portal's. */
export function useDocumentTitle(title: string | undefined) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.title')}` : t('app.title');
  }, [title, t]);
}

/** A page: its one heading, which also names the tab. */
export function Page({ title, children, narrow, before }: { title: string; children?: ReactNode; narrow?: boolean; before?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className={narrow ? 'kit-page kit-page-narrow' : 'kit-page'}>
      {before}
      <h1 className="kit-h1">{title}</h1>
      {children}
    </div>
  );
}

export function Section({ title, children, actions, id }: { title?: ReactNode; children: ReactNode; actions?: ReactNode; id?: string }) {
  return (
    <section className="kit-card" aria-labelledby={title && id ? id : undefined}>
      {(title || actions) && (
        <div className="kit-card-head">
          {title && <h2 id={id} className="kit-h2">{title}</h2>}
          {actions}
        </div>
      )}
      {children}
    </section>
  );
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'default' | 'danger' | 'link'; busy?: boolean; block?: boolean };

export function Button({ variant = 'default', busy, block, className, children, disabled, type = 'button', ...rest }: ButtonProps) {
  return (
    <button type={type} className={['kit-btn', `kit-btn-${variant}`, block ? 'kit-btn-block' : '', className ?? ''].join(' ')} disabled={disabled || busy} aria-busy={busy || undefined} {...rest}>
      {busy && <span className="kit-spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}

export function ButtonLink({ to, children, variant = 'default' }: { to: string; children: ReactNode; variant?: 'primary' | 'default' }) {
  return <Link to={to} className={`kit-btn kit-btn-${variant}`}>{children}</Link>;
}

type FieldProps = { label: ReactNode; error?: string; hint?: ReactNode; required?: boolean };

/** A labelled control with its hint and its error right below it, both announced with the control. */
function Field({ label, error, hint, required, children }: FieldProps & { children: (ids: { id: string; describedBy?: string }) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'kit-field kit-field-error' : 'kit-field'}>
      <label htmlFor={id} className="kit-label">{label}{required && <span className="kit-required" aria-hidden="true"> *</span>}</label>
      {children({ id, describedBy })}
      {hint && <div id={hintId} className="kit-hint">{hint}</div>}
      {error && <div id={errorId} className="kit-error" role="alert">{error}</div>}
    </div>
  );
}

export function TextField({ label, error, hint, required, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {({ id, describedBy }) => <input id={id} className="kit-input" aria-invalid={!!error || undefined} aria-describedby={describedBy} aria-required={required || undefined} {...input} />}
    </Field>
  );
}

export function TextArea({ label, error, hint, required, ...input }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {({ id, describedBy }) => <textarea id={id} className="kit-input" rows={3} aria-invalid={!!error || undefined} aria-describedby={describedBy} aria-required={required || undefined} {...input} />}
    </Field>
  );
}

export function SelectField({ label, error, hint, required, options, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {({ id, describedBy }) => (
        <select id={id} className="kit-input" aria-invalid={!!error || undefined} aria-describedby={describedBy} aria-required={required || undefined} {...select}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );
}

export function Notice({ tone = 'info', children, live }: { tone?: 'info' | 'success' | 'warning' | 'error'; children: ReactNode; live?: boolean }) {
  return <div className={`kit-notice kit-notice-${tone}`} role={tone === 'error' ? 'alert' : live ? 'status' : undefined}>{children}</div>;
}

export type Tone = 'green' | 'red' | 'blue' | 'orange' | 'grey' | 'cyan';
export const Tag = ({ tone = 'grey', children }: { tone?: Tone; children: ReactNode }) => <span className={`kit-tag kit-tag-${tone}`}>{children}</span>;

/** Label–value pairs, stacked on a phone. */
export function Facts({ items }: { items: [ReactNode, ReactNode][] }) {
  return (
    <dl className="kit-facts">
      {items.map(([label, value], i) => (
        <div key={i} className="kit-fact"><dt>{label}</dt><dd>{value}</dd></div>
      ))}
    </dl>
  );
}

/** Page links that are real links (shareable, work without script), with the current page marked. */
export function Pager({ page, pageSize, total, href }: { page: number; pageSize: number; total: number; href: (page: number) => string }) {
  const { t } = useI18n();
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <nav className="kit-pager" aria-label={t('common.pages')}>
      {page > 1 && <Link to={href(page - 1)} rel="prev">‹ {t('common.previous')}</Link>}
      {shown.map((p, i) => (
        <span key={p}>
          {i > 0 && p - shown[i - 1]! > 1 && <span aria-hidden="true">…</span>}
          {p === page ? <span className="kit-pager-current" aria-current="page">{p}</span> : <Link to={href(p)}>{p}</Link>}
        </span>
      ))}
      {page < pages && <Link to={href(page + 1)} rel="next">{t('common.next')} ›</Link>}
    </nav>
  );
}

export const Loading = () => {
  const { t } = useI18n();
  return <div className="kit-loading" role="status"><span className="kit-spinner" aria-hidden="true" /> {t('common.loading')}</div>;
};

/** Runs an API call, keeps its error (with the server's code and details) for the page to show where it belongs. */
export function useRequest() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  /** The call's data, or its error (also kept for the page). */
  const attempt = async <T,>(action: () => Promise<T>): Promise<{ data?: T; error?: ApiError }> => {
    setBusy(true);
    setError(null);
    try {
      return { data: await action() };
    } catch (e) {
      const failure = e instanceof ApiError ? e : new ApiError(0, 'NETWORK', t('common.error'));
      setError(failure);
      return { error: failure };
    } finally {
      setBusy(false);
    }
  };
  const run = async <T,>(action: () => Promise<T>): Promise<T | undefined> => (await attempt(action)).data;
  return { run, attempt, busy, error, setError };
}

/**
 * The server's refusal, placed at the fields it concerns: a validation error names its fields (with the
 * rule they break), and a page maps its own error codes (e.g. USERNAME_TAKEN) to the field they belong to.
 */
export function fieldErrors(error: ApiError | null, label: (field: string) => string, codes: Record<string, string> = {}): Record<string, string> {
  if (!error) return {};
  if (codes[error.code]) return { [codes[error.code]!]: error.message };
  if (error.code !== 'VALIDATION_FAILED' || !Array.isArray(error.details)) return {};
  const found: Record<string, string> = {};
  for (const detail of error.details as { field: string; message: string }[]) {
    const field = detail.field.split('.').pop()!;
    found[field] ??= `${label(field)} ${detail.message}.`;
  }
  return found;
}
