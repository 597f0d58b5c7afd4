import { useState } from 'react';
import { App, type FormInstance } from 'antd';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

type FieldName = string | (string | number)[];

/**
 * Runs a form's API call. The server's refusal goes next to the field it concerns when it names one
 * (a validation error's fields, or an error code the form maps to a field); otherwise it is shown as
 * a message, in the server's words.
 */
export function useFormAction() {
  const { message } = App.useApp();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const run = async <T,>(form: FormInstance | null, action: () => Promise<T>, codes: Record<string, FieldName> = {}): Promise<T | undefined> => {
    setBusy(true);
    try {
      return await action();
    } catch (error) {
      if (!(error instanceof ApiError)) {
        message.error(t('common.error'));
        return undefined;
      }
      const placed: { name: FieldName; errors: string[] }[] = [];
      if (form && codes[error.code]) placed.push({ name: codes[error.code]!, errors: [error.message] });
      else if (form && error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
        const known = new Set(Object.keys(form.getFieldsValue(true) as object));
        for (const detail of error.details as { field?: string; message?: string }[]) {
          const field = String(detail.field ?? '').split(/[./]/).filter(Boolean).find((part) => known.has(part));
          if (field) placed.push({ name: field, errors: [error.message] });
        }
      }
      if (placed.length > 0) form!.setFields(placed);
      else message.error(error.message);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
