import { useState } from 'react';
import { App } from 'antd';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** Runs an API call, shows the server's Vietnamese message when it fails, and tracks "busy". */
export function useApiAction() {
  const { message } = App.useApp();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const run = async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    try {
      return await action();
    } catch (error) {
      message.error(error instanceof ApiError ? error.message : t('common.error'));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
