import { useI18n } from '../../i18n/i18n';
import { Tag, type Tone } from '../../ui/kit';
import type { FeedbackStatus } from './api';

export const STATUS_TONE: Record<FeedbackStatus, Tone> = {
  submitted: 'blue', in_progress: 'cyan', awaiting_approval: 'orange', answered: 'green', closed: 'grey', rejected: 'red', merged: 'grey',
};

/** A report's status in the citizen's pages (plain kit tag). */
export function FeedbackStatusTag({ status }: { status: FeedbackStatus }) {
  const { t } = useI18n();
  return <Tag tone={STATUS_TONE[status]}>{t(`feedback.status.${status}`)}</Tag>;
}
