import { Button, Col, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/i18n';
import type { FeeSchedule } from './schedule';

type Line = FeeSchedule['lines'][number];
type LineForm = { code: string; name: string; kind: Line['kind']; legalBasis: string; type: Line['rule']['type']; amount?: number; field?: string; unit?: string; steps?: string; maxAmount?: number };
export type ScheduleForm = { payWhen: FeeSchedule['payWhen']; lines: LineForm[]; exemptions: FeeSchedule['exemptions'] };

/** Tiers and bands as an admin types them: one "upper bound: amount" a line, "*" for the last, open one. */
const stepsText = (steps: { upTo: number | null; amount: number }[]) => steps.map((s) => `${s.upTo === null ? '*' : s.upTo}: ${s.amount}`).join('\n');
const parseSteps = (text = '') => text.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
  const [bound, amount] = l.split(':').map((p) => p.trim());
  return { upTo: bound === '*' ? null : Number(bound!.replace(',', '.')), amount: Number(amount!.replace(/\D/g, '')) };
});

export function scheduleForm(schedule: FeeSchedule): ScheduleForm {
  return {
    payWhen: schedule.payWhen, exemptions: schedule.exemptions,
    lines: schedule.lines.map((l) => {
      const base = { code: l.code, name: l.name, kind: l.kind, legalBasis: l.legalBasis, type: l.rule.type };
      if (l.rule.type === 'fixed') return { ...base, amount: l.rule.amount };
      if (l.rule.type === 'per_unit') return { ...base, field: l.rule.field, unit: l.rule.unit, maxAmount: l.rule.maxAmount, steps: stepsText(l.rule.tiers.map((t) => ({ upTo: t.upTo, amount: t.unitAmount }))) };
      return { ...base, field: l.rule.field, unit: l.rule.unit, steps: stepsText(l.rule.bands) };
    }),
  };
}

export function scheduleOf(form: ScheduleForm | undefined): FeeSchedule {
  if (!form) return { lines: [], exemptions: [], payWhen: 'before_reception' };
  return {
    payWhen: form.payWhen, exemptions: form.exemptions ?? [],
    lines: (form.lines ?? []).map((l) => {
      const base = { code: l.code.trim(), name: l.name.trim(), kind: l.kind, legalBasis: l.legalBasis.trim() };
      if (l.type === 'fixed') return { ...base, rule: { type: 'fixed' as const, amount: l.amount ?? 0 } };
      const steps = parseSteps(l.steps);
      if (l.type === 'per_unit') {
        return { ...base, rule: { type: 'per_unit' as const, field: l.field ?? '', unit: l.unit ?? '', tiers: steps.map((s) => ({ upTo: s.upTo, unitAmount: s.amount })), ...(l.maxAmount ? { maxAmount: l.maxAmount } : {}) } };
      }
      return { ...base, rule: { type: 'band' as const, field: l.field ?? '', unit: l.unit ?? '', bands: steps } };
    }),
  };
}

/**
 * The fees a procedure collects through its dossiers: lines (fixed, per unit with tiers, by band of a
 * quantity from the e-form) with their legal basis, exemptions by applicant category, and when it is paid.
 */
export function FeeScheduleEditor({ numberFields }: { numberFields: { value: string; label: string }[] }) {
  const { t } = useI18n();
  const required = (label: string) => [{ required: true, message: t('form.required', { field: label.toLowerCase() }) }];
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18 }}>{t('feeEditor.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('feeEditor.hint')}</Typography.Paragraph>
      <Form.Item name={['feeSchedule', 'payWhen']} label={t('feeEditor.payWhen')}>
        <Select options={[{ value: 'before_reception', label: t('fee.before_reception') }, { value: 'before_result', label: t('fee.before_result') }]} />
      </Form.Item>
      <Form.List name={['feeSchedule', 'lines']}>
        {(items, { add, remove }) => (
          <Flex vertical gap={8} style={{ marginBottom: 16 }}>
            {items.map(({ key, name }, i) => (
              <Form.Item key={key} noStyle shouldUpdate>
                {(form) => {
                  const type = form.getFieldValue(['feeSchedule', 'lines', name, 'type']) as LineForm['type'];
                  return (
                    <Row gutter={8} align="bottom" style={{ borderBottom: '1px dashed #d9d9d9', paddingBottom: 8 }}>
                      <Col xs={12} md={4}><Form.Item name={[name, 'code']} label={`${t('feeEditor.code')} ${i + 1}`} rules={[...required(t('feeEditor.code')), { pattern: /^[A-Za-z0-9_.-]{1,30}$/ }]}><Input /></Form.Item></Col>
                      <Col xs={24} md={10}><Form.Item name={[name, 'name']} label={t('fee.item')} rules={required(t('fee.item'))}><Input /></Form.Item></Col>
                      <Col xs={12} md={4}><Form.Item name={[name, 'kind']} label={t('feeEditor.kind')}><Select options={[{ value: 'phi', label: t('feeEditor.phi') }, { value: 'le_phi', label: t('feeEditor.lePhi') }]} /></Form.Item></Col>
                      <Col xs={12} md={6}><Form.Item name={[name, 'type']} label={t('feeEditor.rule')}>
                        <Select options={[{ value: 'fixed', label: t('feeEditor.fixed') }, { value: 'per_unit', label: t('feeEditor.perUnit') }, { value: 'band', label: t('feeEditor.band') }]} />
                      </Form.Item></Col>
                      <Col span={24}><Form.Item name={[name, 'legalBasis']} label={t('feeEditor.legalBasis')} rules={required(t('feeEditor.legalBasis'))}><Input /></Form.Item></Col>
                      {type === 'fixed' ? (
                        <Col xs={12} md={6}><Form.Item name={[name, 'amount']} label={t('feeEditor.amount')} rules={required(t('feeEditor.amount'))}><InputNumber min={0} step={1000} style={{ width: '100%' }} /></Form.Item></Col>
                      ) : (
                        <>
                          <Col xs={12} md={6}><Form.Item name={[name, 'field']} label={t('feeEditor.field')} rules={required(t('feeEditor.field'))}><Select options={numberFields} /></Form.Item></Col>
                          <Col xs={12} md={4}><Form.Item name={[name, 'unit']} label={t('feeEditor.unit')} rules={required(t('feeEditor.unit'))}><Input placeholder="bản, trang, m²" /></Form.Item></Col>
                          <Col xs={24} md={8}><Form.Item name={[name, 'steps']} label={type === 'band' ? t('feeEditor.bands') : t('feeEditor.tiers')} rules={required(t('feeEditor.steps'))}><Input.TextArea rows={3} placeholder={'500: 100000\n*: 300000'} /></Form.Item></Col>
                          {type === 'per_unit' && <Col xs={12} md={6}><Form.Item name={[name, 'maxAmount']} label={t('feeEditor.max')}><InputNumber min={0} step={1000} style={{ width: '100%' }} /></Form.Item></Col>}
                        </>
                      )}
                      <Col xs={12} md={4}><Form.Item><Button icon={<MinusCircleOutlined />} onClick={() => remove(name)} aria-label={`${t('procedure.remove')} ${t('fee.item').toLowerCase()} ${i + 1}`}>{t('procedure.remove')}</Button></Form.Item></Col>
                    </Row>
                  );
                }}
              </Form.Item>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ code: '', name: '', kind: 'le_phi', legalBasis: '', type: 'fixed' })} style={{ alignSelf: 'flex-start' }}>{t('feeEditor.addLine')}</Button>
          </Flex>
        )}
      </Form.List>
      <Form.List name={['feeSchedule', 'exemptions']}>
        {(items, { add, remove }) => (
          <Flex vertical gap={8} style={{ marginBottom: 16 }}>
            {items.map(({ key, name }, i) => (
              <Row key={key} gutter={8} align="bottom">
                <Col xs={12} md={5}><Form.Item name={[name, 'category']} label={`${t('feeEditor.category')} ${i + 1}`} rules={[...required(t('feeEditor.category')), { pattern: /^[a-z0-9_]{1,50}$/, message: t('feeEditor.categoryHint') }]}><Input /></Form.Item></Col>
                <Col xs={12} md={11}><Form.Item name={[name, 'label']} label={t('fee.exemption')} rules={required(t('fee.exemption'))}><Input /></Form.Item></Col>
                <Col xs={12} md={4}><Form.Item name={[name, 'percent']} label={t('feeEditor.percent')} rules={required(t('feeEditor.percent'))}><InputNumber min={1} max={100} style={{ width: '100%' }} /></Form.Item></Col>
                <Col xs={12} md={4}><Form.Item><Button icon={<MinusCircleOutlined />} onClick={() => remove(name)} aria-label={`${t('procedure.remove')} ${t('fee.exemption').toLowerCase()} ${i + 1}`}>{t('procedure.remove')}</Button></Form.Item></Col>
              </Row>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ category: '', label: '', percent: 50 })} style={{ alignSelf: 'flex-start' }}>{t('feeEditor.addExemption')}</Button>
          </Flex>
        )}
      </Form.List>
    </>
  );
}
