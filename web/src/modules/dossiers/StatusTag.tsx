import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { Tag, type Tone } from '../../ui/kit';
import type { DossierStatus } from './api';

const TONES: Partial<Record<DossierStatus, Tone>> = {
  submitted: 'blue', received: 'cyan', processing: 'blue', awaiting_supplement: 'orange', result_ready: 'green', returned: 'green',
  rejected: 'red', stopped: 'red', withdrawn: 'grey',
};

export function StatusTag({ status }: { status: DossierStatus }) {
  const { t } = useI18n();
  return <Tag tone={TONES[status] ?? 'grey'}>{t(`status.${status}` as MessageKey)}</Tag>;
}
