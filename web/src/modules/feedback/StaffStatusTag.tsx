import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n';
import type { FeedbackStatus } from './api';

const COLOR: Record<FeedbackStatus, string> = {
  submitted: 'processing', in_progress: 'cyan', awaiting_approval: 'warning', answered: 'success', closed: 'default', rejected: 'error', merged: 'default',
};

/** A report's status on the officials' (Ant Design) screens. */
export function StaffStatusTag({ status }: { status: FeedbackStatus }) {
  const { t } = useI18n();
  return <Tag color={COLOR[status]}>{t(`feedback.status.${status}`)}</Tag>;
}
