import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../modules/identity/session';
import { Button, ButtonLink, Notice, Page, Section, TextField, useRequest } from '../ui/kit';
import { loginPath } from '../ui/PortalLayout';
import { provinceToday } from '../ui/format';

type Slots = Reply<'/api/appointments/slots', 'get'>;
type Appointment = Reply<'/api/appointments/{id}/cancel', 'post'>;
const iso = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');

/** A citizen books a time at the one-stop counter for a procedure: a day, a slot with places left, done. */
export function BookingPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const { user, loading } = useSession();
  const [day, setDay] = useState(iso(provinceToday().add(1, 'day')));
  const [slots, setSlots] = useState<Slots>();
  const [chosen, setChosen] = useState<string>();
  const [phone, setPhone] = useState('');
  const [booked, setBooked] = useState<Appointment>();
  const load = useRequest();
  const book = useRequest();

  useEffect(() => {
    setChosen(undefined);
    void load.run(() => unwrap(api.GET('/api/appointments/slots', { params: { query: { procedureId: Number(id), day } } }))).then((found) => found && setSlots(found));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, day]);

  const confirm = async () => {
    if (!chosen) return;
    const done = await book.run(() => unwrap(api.POST('/api/appointments', { body: { procedureId: Number(id), startsAt: chosen, ...(phone.trim() ? { phone: phone.trim() } : {}) } })));
    if (done) setBooked(done);
  };

  if (booked) {
    return (
      <Page title={t('booking.done')} narrow>
        <Notice tone="success" live>{t('booking.confirmation', { time: dayjs(booked.startsAt).format('HH:mm DD/MM/YYYY'), counter: booked.counterName, agency: booked.agencyName })}</Notice>
        <Section>
          <p>{t('booking.code')}: <strong style={{ fontSize: 22, letterSpacing: 1 }}>{booked.code}</strong></p>
          <p className="kit-muted">{t('booking.codeHint')}</p>
        </Section>
        <ButtonLink to="/lich-hen" variant="primary">{t('nav.appointments')}</ButtonLink>
      </Page>
    );
  }
  return (
    <Page title={t('booking.title')} narrow before={<Link to={`/thu-tuc/${id}`}>← {t('catalog.back')}</Link>}>
      {slots && <p>{t('booking.at', { agency: slots.agencyName })}</p>}
      <Section title={t('booking.when')}>
        <TextField label={t('booking.day')} type="date" value={day} min={iso(provinceToday())} max={iso(provinceToday().add(30, 'day'))} onChange={(e) => e.target.value && setDay(e.target.value)} />
        {load.error && <Notice tone="error">{load.error.message}</Notice>}
        {slots?.dayOff && <Notice tone="info">{t('booking.dayOff', { reason: slots.dayOff })}</Notice>}
        {slots && !slots.dayOff && slots.slots.length === 0 && <Notice tone="info">{t('booking.noSlots')}</Notice>}
        {slots && slots.slots.length > 0 && (
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend className="kit-label">{t('booking.slot')}</legend>
            <div className="kit-slots">
              {slots.slots.map((s) => (
                <label key={s.startsAt} className={`kit-slot${chosen === s.startsAt ? ' kit-slot-chosen' : ''}${s.available === 0 ? ' kit-slot-full' : ''}`}>
                  <input type="radio" name="slot" value={s.startsAt} disabled={s.available === 0} checked={chosen === s.startsAt} onChange={() => setChosen(s.startsAt)} />
                  <span>{dayjs(s.startsAt).format('HH:mm')}</span>
                  <span className="kit-small">{s.available === 0 ? t('booking.full') : t('booking.left', { n: s.available })}</span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
      </Section>
      {!loading && !user && <Notice tone="info"><Link to={loginPath(`/dat-lich/${id}`)}>{t('booking.loginFirst')}</Link></Notice>}
      {user && (
        <Section title={t('booking.contact')}>
          <TextField label={t('dossier.phone')} type="tel" inputMode="tel" value={phone} onChange={(e) => setPhone(e.target.value)} autoComplete="tel" hint={t('booking.phoneHint')} />
          {book.error && <Notice tone="error">{book.error.message}</Notice>}
          <Button variant="primary" block busy={book.busy} disabled={!chosen} onClick={() => void confirm()}>
            {chosen ? t('booking.confirm', { time: dayjs(chosen).format('HH:mm DD/MM/YYYY') }) : t('booking.chooseSlot')}
          </Button>
        </Section>
      )}
    </Page>
  );
}

/** The citizen's appointments, with the code to give at the counter; a booked one can be cancelled. */
export function MyAppointmentsPage() {
  const { t } = useI18n();
  const [items, setItems] = useState<Appointment[]>();
  const load = useRequest();
  const cancel = useRequest();
  const refresh = () => void load.run(() => unwrap(api.GET('/api/my/appointments'))).then((r) => r && setItems(r.items));
  useEffect(refresh, []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <Page title={t('nav.appointments')} narrow>
      {load.error && <Notice tone="error">{load.error.message}</Notice>}
      {cancel.error && <Notice tone="error">{cancel.error.message}</Notice>}
      {items?.length === 0 && <p className="kit-muted">{t('booking.none')}</p>}
      <ul className="kit-list">
        {items?.map((a) => (
          <li key={a.id}>
            <strong>{dayjs(a.startsAt).format('HH:mm DD/MM/YYYY')} · {a.counterName}</strong>
            <span>{a.procedureName}</span>
            <span className="kit-small kit-muted">{a.agencyName} · {t('booking.code')}: {a.code} · {t(`booking.status.${a.status}`)}{a.ticketNumber ? ` · ${t('booking.ticket', { n: a.ticketNumber })}` : ''}</span>
            {a.status === 'booked' && new Date(a.startsAt) > new Date() && (
              <span className="kit-actions"><Button busy={cancel.busy} onClick={() => void cancel.run(() => unwrap(api.POST('/api/appointments/{id}/cancel', { params: { path: { id: a.id } } }))).then(refresh)}>{t('booking.cancel')}</Button></span>
            )}
          </li>
        ))}
      </ul>
    </Page>
  );
}
