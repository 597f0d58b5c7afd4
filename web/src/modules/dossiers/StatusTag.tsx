import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import type { DossierStatus } from './api';

const COLORS: Partial<Record<DossierStatus, string>> = {
  submitted: 'blue', received: 'cyan', processing: 'geekblue', awaiting_supplement: 'orange', result_ready: 'green', returned: 'green',
  rejected: 'red', stopped: 'red', withdrawn: 'default',
};

export function StatusTag({ status }: { status: DossierStatus }) {
  const { t } = useI18n();
  return <Tag color={COLORS[status]}>{t(`status.${status}` as MessageKey)}</Tag>;
}
