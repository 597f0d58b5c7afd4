import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { sendReport, useCategories, useMapView, type Channel, type Submitted } from '../modules/feedback/api';
import { FeedbackMap, type LatLng } from '../modules/feedback/FeedbackMap';
import { PhotoPicker } from '../modules/feedback/PhotoPicker';
import { useSession } from '../modules/identity/session';
import { Button, ButtonLink, Loading, Notice, Page, Section, SelectField, TextArea, TextField, fieldErrors, useRequest } from '../ui/kit';
import { formatDate } from '../ui/format';
import { loginPath } from '../ui/PortalLayout';
import '../modules/feedback/feedback.css';

type Errors = Partial<Record<'categoryId' | 'title' | 'description' | 'location' | 'name' | 'contact' | 'photos' | 'channels', string>>;

/**
 * Gửi phản ánh: what, where (a tap on the map, the phone's position, or an address), photos, whether the
 * public may see the reporter's name, and how the answer reaches them. A visitor without an account gives a
 * name and a phone number or an email address; on success the tracking code and a link to follow it.
 */
export function FeedbackSendPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const categories = useCategories();
  const view = useMapView();
  const [categoryId, setCategoryId] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [point, setPoint] = useState<LatLng | null>(null);
  const [focus, setFocus] = useState<LatLng | null>(null);
  const [address, setAddress] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [hideName, setHideName] = useState(false);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [channels, setChannels] = useState<Channel[]>(['email']);
  const [locating, setLocating] = useState(false);
  const [locateError, setLocateError] = useState<string>();
  const [errors, setErrors] = useState<Errors>({});
  const [sent, setSent] = useState<Submitted>();
  const send = useRequest();
  const citizen = !!user && user.kind !== 'official';
  const offered: Channel[] = citizen ? ['in_app', 'email', 'sms'] : ['email', 'sms'];

  const locate = () => {
    setLocateError(undefined);
    if (!('geolocation' in navigator)) return setLocateError(t('feedback.send.locateUnavailable'));
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        const here = { lat: Math.round(position.coords.latitude * 1e6) / 1e6, lng: Math.round(position.coords.longitude * 1e6) / 1e6 };
        setPoint(here);
        setFocus(here);
      },
      (failure) => {
        setLocating(false);
        setLocateError(t(failure.code === failure.PERMISSION_DENIED ? 'feedback.send.locateDenied' : 'feedback.send.locateFailed'));
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  const check = (): Errors => {
    const found: Errors = {};
    const required = (label: MessageKey) => t('form.required', { field: t(label).toLowerCase() });
    if (!categoryId) found.categoryId = required('feedback.field.category');
    if (!title.trim()) found.title = required('feedback.field.title');
    else if (title.trim().length < 5) found.title = t('feedback.send.titleShort');
    if (!description.trim()) found.description = required('feedback.field.description');
    else if (description.trim().length < 10) found.description = t('feedback.send.descriptionShort');
    if (!point && !address.trim()) found.location = t('feedback.send.locationRequired');
    if (!user && !name.trim()) found.name = required('feedback.field.name');
    if (!user && !phone.trim() && !email.trim()) found.contact = t('feedback.send.contactRequired');
    if (!user && phone.trim() && !/^\+?[0-9]{9,15}$/.test(phone.replace(/[\s.]/g, ''))) found.contact = t('feedback.send.phoneInvalid');
    if (channels.includes('email') && !user && !email.trim()) found.channels = t('feedback.send.emailForChannel');
    if (channels.includes('sms') && !user && !phone.trim()) found.channels = t('feedback.send.phoneForChannel');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      // The first wrong field gets the focus, its message read with it.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const done = await send.run(() => sendReport({
      categoryId: Number(categoryId), title: title.trim(), description: description.trim(), address: address.trim() || null,
      location: point, anonymousToPublic: hideName, channels: channels.filter((c) => offered.includes(c)),
      ...(user ? {} : { reporter: { fullName: name.trim(), phone: phone.replace(/[\s.]/g, '') || null, email: email.trim() || null } }),
    }, photos));
    if (done) {
      setSent(done);
      window.scrollTo(0, 0);
    }
  };

  if (sent) {
    return (
      <Page title={t('feedback.send.done')} narrow>
        <Notice tone="success" live>{t('feedback.send.thanks')}</Notice>
        <Section>
          <p style={{ margin: 0 }}>{t('feedback.trackingCode')}:</p>
          <p className="fb-code">{sent.trackingCode}</p>
          <p className="kit-muted">{t('feedback.send.codeHint', { agency: sent.agencyName, due: formatDate(sent.dueAt) })}</p>
          {!user && <p className="kit-small">{t('feedback.send.reporterKey')} <code style={{ overflowWrap: 'anywhere' }}>{sent.reporterKey}</code></p>}
          <div className="kit-actions">
            <ButtonLink to={`/phan-anh/${encodeURIComponent(sent.trackingCode)}`} variant="primary">{t('feedback.send.follow')}</ButtonLink>
            <ButtonLink to="/phan-anh">{t('feedback.public.title')}</ButtonLink>
          </div>
        </Section>
      </Page>
    );
  }

  if (loading) return <Loading />;
  // Officials do not report with their official account (the server refuses it too).
  if (user?.kind === 'official') {
    return (
      <Page title={t('feedback.send.title')} narrow before={<Link to="/phan-anh">← {t('feedback.public.title')}</Link>}>
        <Notice tone="info">{t('feedback.send.officialsNot')}</Notice>
      </Page>
    );
  }
  const server = fieldErrors(send.error, (field) => t(fieldLabel(field)), {
    FEEDBACK_LOCATION_REQUIRED: 'location', FEEDBACK_REPORTER_REQUIRED: 'contact', FEEDBACK_CHANNEL_UNAVAILABLE: 'channels', FEEDBACK_CATEGORY_UNKNOWN: 'categoryId',
    FEEDBACK_TOO_MANY_PHOTOS: 'photos', FEEDBACK_PHOTO_TYPE: 'photos', FEEDBACK_PHOTO_UNREADABLE: 'photos', FILE_TOO_LARGE: 'photos',
  });
  const error = (field: keyof Errors, ...aliases: string[]) => errors[field] ?? server[field] ?? aliases.map((a) => server[a]).find(Boolean);
  const toggle = (channel: Channel) => setChannels((now) => (now.includes(channel) ? now.filter((c) => c !== channel) : [...now, channel]));

  return (
    <Page title={t('feedback.send.title')} before={<Link to="/phan-anh">← {t('feedback.public.title')}</Link>}>
      {!user && <Notice tone="info">{t('feedback.send.visitor')} <Link to={loginPath('/phan-anh/gui')}>{t('feedback.send.signIn')}</Link></Notice>}
      <form onSubmit={(e) => void submit(e)} noValidate className="kit-stack">
        <Section title={t('feedback.send.what')} id="noi-dung">
          <SelectField label={t('feedback.field.category')} required value={categoryId} onChange={(e) => setCategoryId(e.target.value)} error={error('categoryId')}
            options={[{ value: '', label: categories ? t('feedback.send.chooseCategory') : t('common.loading') }, ...(categories ?? []).map((c) => ({ value: String(c.id), label: c.name }))]} />
          <TextField label={t('feedback.field.title')} required value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} error={error('title')} hint={t('feedback.send.titleHint')} />
          <TextArea label={t('feedback.field.description')} required value={description} rows={5} maxLength={5000} onChange={(e) => setDescription(e.target.value)} error={error('description')} hint={t('feedback.send.descriptionHint')} />
        </Section>

        <Section title={t('feedback.send.where')} id="vi-tri">
          {view ? (
            <FeedbackMap view={view} label={t('feedback.send.mapLabel')} description={t('feedback.send.mapHelp')} picked={point} onPick={(p) => { setPoint(p); setErrors((e) => ({ ...e, location: undefined })); }} focus={focus} />
          ) : <Loading />}
          <p className="kit-small" aria-live="polite">
            {point ? t('feedback.send.pointChosen', { lat: point.lat.toLocaleString('vi-VN', { maximumFractionDigits: 6 }), lng: point.lng.toLocaleString('vi-VN', { maximumFractionDigits: 6 }) }) : t('feedback.send.noPoint')}
          </p>
          <div className="kit-actions" style={{ marginBottom: 12 }}>
            <Button onClick={locate} busy={locating}>{t('feedback.send.useMyLocation')}</Button>
            {point && <Button variant="link" onClick={() => setPoint(null)}>{t('feedback.send.clearPoint')}</Button>}
          </div>
          {locateError && <Notice tone="warning">{locateError}</Notice>}
          <TextField label={t('feedback.field.address')} value={address} maxLength={300} onChange={(e) => setAddress(e.target.value)} autoComplete="street-address"
            hint={t('feedback.send.addressHint')} error={error('location', 'address', 'lat', 'lng')} />
        </Section>

        <Section title={t('feedback.photos.title')} id="anh">
          <PhotoPicker photos={photos} onChange={setPhotos} error={error('photos', 'photo')} />
        </Section>

        <Section title={t('feedback.send.who')} id="lien-he">
          <label className="kit-check" style={{ marginBottom: 12 }}>
            <input type="checkbox" checked={hideName} onChange={(e) => setHideName(e.target.checked)} />
            <span>{t('feedback.field.hideName')}</span>
          </label>
          <p className="kit-hint" style={{ marginTop: -8 }}>{t('feedback.send.hideNameHint')}</p>
          {user ? (
            <p className="kit-small">{t('feedback.send.asUser', { name: user.fullName })}</p>
          ) : (
            <>
              <TextField label={t('feedback.field.name')} required value={name} maxLength={120} onChange={(e) => setName(e.target.value)} autoComplete="name" error={error('name', 'fullName')} />
              <TextField label={t('feedback.field.phone')} type="tel" inputMode="tel" value={phone} maxLength={20} onChange={(e) => setPhone(e.target.value)} autoComplete="tel" error={error('contact', 'phone')} />
              <TextField label={t('feedback.field.email')} type="email" value={email} maxLength={200} onChange={(e) => setEmail(e.target.value)} autoComplete="email" hint={t('feedback.send.contactHint')} error={server.email} />
            </>
          )}
          <fieldset className="fb-check-group" aria-describedby={error('channels') ? 'kenh-loi' : undefined}>
            <legend className="kit-label">{t('feedback.field.channels')}</legend>
            {offered.map((channel) => (
              <label key={channel} className="kit-check">
                <input type="checkbox" checked={channels.includes(channel)} onChange={() => toggle(channel)} />
                <span>{t(`feedback.channel.${channel}`)}</span>
              </label>
            ))}
            {error('channels') && <div id="kenh-loi" className="kit-error" role="alert">{error('channels')}</div>}
          </fieldset>
        </Section>

        {/* A refusal that names no field of the form (e.g. too many requests) is said above the button. */}
        {send.error && Object.keys(server).length === 0 && <Notice tone="error">{send.error.message}</Notice>}
        <div className="kit-sticky-actions">
          <Button type="submit" variant="primary" block busy={send.busy}>{t('feedback.send.submit')}</Button>
        </div>
      </form>
    </Page>
  );
}

/** The label of a field the server names in a validation error. */
function fieldLabel(field: string): MessageKey {
  const known: Record<string, MessageKey> = {
    categoryId: 'feedback.field.category', title: 'feedback.field.title', description: 'feedback.field.description', address: 'feedback.field.address',
    name: 'feedback.field.name', fullName: 'feedback.field.name', phone: 'feedback.field.phone', email: 'feedback.field.email', lat: 'feedback.field.location',
    lng: 'feedback.field.location', channels: 'feedback.field.channels', photo: 'feedback.photos.label', photos: 'feedback.photos.label',
  };
  return known[field] ?? 'feedback.field.value';
}
