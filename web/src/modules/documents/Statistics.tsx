import { useEffect, useState } from 'react';
import { Card, Col, DatePicker, Flex, Form, Row, Select, Statistic, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap, type Reply } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useApiAction } from '../../ui/useApiAction';
import { filterOption } from './api';
import { provinceToday } from '../../ui/format';

type Stats = Reply<'/api/documents/statistics', 'get'>;

const share = (value: number | null) => (value === null ? '—' : `${value.toLocaleString('vi-VN')}%`);

/** An agency's month: documents received and sent, the share exchanged electronically and signed digitally, assignments done on time. */
export function Statistics({ agencies }: { agencies: { id: number; name: string }[] }) {
  const { t } = useI18n();
  const { run, busy } = useApiAction();
  const [agencyId, setAgencyId] = useState<number | undefined>(agencies[0]?.id);
  const [month, setMonth] = useState<Dayjs>(provinceToday());
  const [stats, setStats] = useState<Stats>();
  useEffect(() => {
    if (agencyId === undefined && agencies[0]) setAgencyId(agencies[0].id);
  }, [agencies, agencyId]);
  useEffect(() => {
    if (agencyId === undefined) return;
    let live = true;
    setStats(undefined);
    void run(() => unwrap(api.GET('/api/documents/statistics', { params: { query: { agencyId, month: month.format('YYYY-MM') } } })))
      .then((found) => found && live && setStats(found));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [agencyId, month]);

  const counts: [MessageKey, number | undefined][] = [
    ['doc.stats.received', stats?.received], ['doc.stats.receivedElectronically', stats?.receivedElectronically],
    ['doc.stats.sent', stats?.sent], ['doc.stats.sentElectronically', stats?.sentElectronically], ['doc.stats.signed', stats?.signed],
    ['doc.stats.assignmentsDue', stats?.assignmentsDue], ['doc.stats.assignmentsOnTime', stats?.assignmentsOnTime],
  ];
  const shares: [MessageKey, number | null | undefined][] = [
    ['doc.stats.electronicShare', stats?.electronicShare], ['doc.stats.signedShare', stats?.signedShare], ['doc.stats.onTimeShare', stats?.onTimeShare],
  ];
  return (
    <Flex vertical gap={16}>
      <Form layout="vertical">
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item label={t('doc.agency')} htmlFor="stats-agency" style={{ marginBottom: 8 }}>
              <Select id="stats-agency" value={agencyId} onChange={setAgencyId} showSearch={{ filterOption }} options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item label={t('doc.stats.month')} htmlFor="stats-month" style={{ marginBottom: 8 }}>
              <DatePicker id="stats-month" picker="month" format="MM/YYYY" value={month} allowClear={false} onChange={(value) => value && setMonth(value)} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Row gutter={[12, 12]}>
        {shares.map(([label, value]) => (
          <Col key={label} xs={24} sm={8}>
            <Card size="small" loading={busy}><Statistic title={t(label)} value={share(value ?? null)} /></Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[12, 12]}>
        {counts.map(([label, value]) => (
          <Col key={label} xs={12} md={6}>
            <Card size="small" loading={busy}><Statistic title={t(label)} value={value === undefined ? '—' : value.toLocaleString('vi-VN')} /></Card>
          </Col>
        ))}
      </Row>
      <Typography.Text type="secondary">{t('doc.stats.hint')}</Typography.Text>
    </Flex>
  );
}
