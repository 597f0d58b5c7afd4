import { useNavigate } from 'react-router-dom';
import { Button, Card, Form, Input, Radio, Typography } from 'antd';
import { api, resetCsrf, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../modules/identity/session';
import { useApiAction } from '../ui/useApiAction';

type RegisterForm = {
  kind: 'citizen' | 'business'; username: string; password: string; fullName: string;
  identityNumber?: string; organization?: string; email?: string; phone?: string;
};

const blankToUndefined = <T extends Record<string, unknown>>(values: T): T =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '' && v !== undefined)) as T;

export function RegisterPage() {
  const { t } = useI18n();
  const { setUser } = useSession();
  const navigate = useNavigate();
  const { run, busy } = useApiAction();
  const [form] = Form.useForm<RegisterForm>();
  const kind = Form.useWatch('kind', form);
  const required = (field: string) => [{ required: true, message: t('form.required', { field: field.toLowerCase() }) }];

  const submit = async (values: RegisterForm) => {
    const body = await run(() => unwrap(api.POST('/api/auth/register', { body: blankToUndefined({ ...values, username: values.username.trim().toLowerCase() }) })));
    if (!body?.user) return;
    resetCsrf();
    setUser(body.user);
    navigate('/');
  };

  return (
    <Card style={{ maxWidth: 520, margin: '24px auto' }}>
      <Typography.Title level={3}>{t('auth.registerTitle')}</Typography.Title>
      <Form<RegisterForm> form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'citizen' }}>
        <Form.Item name="kind" label={t('auth.kind')}>
          <Radio.Group options={[{ value: 'citizen', label: t('auth.kindCitizen') }, { value: 'business', label: t('auth.kindBusiness') }]} />
        </Form.Item>
        <Form.Item name="fullName" label={t('auth.fullName')} rules={required(t('auth.fullName'))}><Input /></Form.Item>
        {kind === 'business' && (
          <Form.Item name="organization" label={t('auth.organization')} rules={required(t('auth.organization'))}><Input /></Form.Item>
        )}
        <Form.Item name="identityNumber" label={t('auth.identityNumber')} rules={[{ pattern: /^[0-9]{10,13}$/, message: t('auth.identityNumber') }]}><Input inputMode="numeric" /></Form.Item>
        <Form.Item name="email" label={t('auth.email')} rules={[{ type: 'email' }]}><Input /></Form.Item>
        <Form.Item name="phone" label={t('auth.phone')} rules={[{ pattern: /^[0-9+ ]{9,15}$/, message: t('auth.phone') }]}><Input inputMode="tel" /></Form.Item>
        <Form.Item name="username" label={t('auth.username')} extra={t('auth.usernameHint')}
          rules={[...required(t('auth.username')), { pattern: /^[a-z0-9._-]{3,64}$/, message: t('auth.usernameHint') }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} extra={t('auth.passwordHint')}
          rules={[...required(t('auth.password')), { min: 8, message: t('auth.passwordHint') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>{t('auth.register')}</Button>
      </Form>
    </Card>
  );
}
