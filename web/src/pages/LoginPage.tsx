import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Form, Input, Typography } from 'antd';
import { api, resetCsrf, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../modules/identity/session';
import { useApiAction } from '../ui/useApiAction';

type LoginForm = { username: string; password: string };

export function LoginPage() {
  const { t } = useI18n();
  const { setUser } = useSession();
  const navigate = useNavigate();
  const { run, busy } = useApiAction();

  const submit = async (values: LoginForm) => {
    const body = await run(() => unwrap(api.POST('/api/auth/login', { body: { ...values, username: values.username.trim().toLowerCase() } })));
    if (!body?.user) return;
    resetCsrf();
    setUser(body.user);
    navigate(body.user.kind === 'official' ? '/lam-viec' : '/');
  };

  return (
    <Card style={{ maxWidth: 420, margin: '40px auto' }}>
      <Typography.Title level={3}>{t('auth.loginTitle')}</Typography.Title>
      <Form<LoginForm> layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, message: t('form.required', { field: t('auth.username').toLowerCase() }) }]}>
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('form.required', { field: t('auth.password').toLowerCase() }) }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>{t('auth.login')}</Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        {t('auth.noAccount')} <Link to="/dang-ky">{t('nav.register')}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
