import { Link, useSearchParams } from 'react-router-dom';
import { Card, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { useI18n } from '../i18n/i18n';
import { useProcedureSearch, type ProcedureLevel, type ProcedurePage } from '../modules/catalog/useProcedureSearch';
import { formatDays, formatVnd } from '../ui/format';
import { levelKey, onlineKey } from '../ui/labels';

export function HomePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const level = (params.get('cap') || undefined) as ProcedureLevel | undefined;
  const page = Number(params.get('trang') ?? '1') || 1;
  const { result, loading } = useProcedureSearch(q, level, page);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={2} style={{ marginTop: 0 }}>{t('nav.procedures')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        <Flex gap={8} wrap>
          <Input.Search
            aria-label={t('catalog.searchLabel')}
            placeholder={t('catalog.searchPlaceholder')}
            size="large"
            allowClear
            defaultValue={q}
            onChange={(e) => update({ q: e.target.value, trang: undefined })}
            onSearch={(value) => update({ q: value, trang: undefined })}
            style={{ flex: 1, minWidth: 280 }}
          />
          <Select
            aria-label={t('catalog.level')}
            size="large"
            style={{ width: 200 }}
            value={level ?? ''}
            onChange={(value) => update({ cap: value || undefined, trang: undefined })}
            options={[
              { value: '', label: t('catalog.allLevels') },
              ...(['province', 'district', 'commune'] as const).map((l) => ({ value: l, label: t(levelKey(l)) })),
            ]}
          />
        </Flex>
      </Card>
      <Card title={t('catalog.results', { total: result.total })}>
        <Table<ProcedurePage['items'][number]>
          rowKey="id"
          loading={loading}
          dataSource={result.items}
          locale={{ emptyText: t('catalog.empty') }}
          pagination={{ current: page, pageSize: 10, total: result.total, showSizeChanger: false, onChange: (p) => update({ trang: String(p) }) }}
          columns={[
            {
              title: t('catalog.name'),
              dataIndex: 'name',
              render: (name: string, p) => (
                <Flex vertical gap={2}>
                  <Link to={`/thu-tuc/${p.id}`}>{name}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('catalog.code')}: {p.nationalCode} · {p.fieldName}</Typography.Text>
                </Flex>
              ),
            },
            { title: t('catalog.agency'), dataIndex: 'agencyName', responsive: ['md'] },
            { title: t('catalog.level'), dataIndex: 'level', render: (l: string) => <Tag>{t(levelKey(l))}</Tag>, width: 110 },
            { title: t('catalog.processingTime'), dataIndex: 'processingDays', render: (d: number) => t('catalog.workingDays', { days: formatDays(d) }), width: 150, responsive: ['lg'] },
            { title: t('catalog.fee'), dataIndex: 'feeVnd', render: (fee: number) => (fee ? formatVnd(fee) : t('catalog.free')), width: 130, responsive: ['lg'] },
            {
              title: t('catalog.onlineLevel'),
              dataIndex: 'onlineLevel',
              render: (o: string) => <Tag color={o === 'full' ? 'green' : 'blue'}>{t(onlineKey(o))}</Tag>,
              width: 120,
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
