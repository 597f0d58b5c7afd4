import { useI18n } from '../../i18n/i18n';
import { formatDays } from '../../ui/format';
import { Tag } from '../../ui/kit';

type DeadlineTagProps = { workingDaysLeft: number | null | undefined; paused?: boolean };

/** Working days left, red once overdue; grey while the clock is stopped for a supplement. */
export function DeadlineTag({ workingDaysLeft, paused }: DeadlineTagProps) {
  const { t } = useI18n();
  if (paused) return <Tag>{t('dossier.paused')}</Tag>;
  if (workingDaysLeft === null || workingDaysLeft === undefined) return null;
  if (workingDaysLeft < 0) return <Tag tone="red">{t('dossier.overdueBy', { days: formatDays(-workingDaysLeft) })}</Tag>;
  return <Tag tone={workingDaysLeft < 1 ? 'orange' : 'green'}>{t('dossier.daysLeftValue', { days: formatDays(workingDaysLeft) })}</Tag>;
}
