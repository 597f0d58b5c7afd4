import { describe, expect, it } from 'vitest';
import { afterPayment, availableActions, checkTransition, NATIONAL_STATUS_CODE, resolutionTiming, RULES, type DossierStatus } from './lifecycle.js';
import { formatDossierCode, parseDossierCode } from './dossier-code.js';

describe('dossier life cycle', () => {
  it('maps every status but the draft one-to-one onto the national status codes', () => {
    const codes = Object.values(NATIONAL_STATUS_CODE);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('follows the one-stop path submit → receive → process → approve → return', () => {
    let status: DossierStatus = 'draft';
    for (const [action, actor] of [['submit', 'applicant'], ['receive', 'reception'], ['start_processing', 'reception'],
      ['forward', 'specialist'], ['approve', 'leader'], ['return', 'reception']] as const) {
      const check = checkTransition(action, status, [actor]);
      expect(check.ok, `${action} from ${status}`).toBe(true);
      if (check.ok) status = check.to;
    }
    expect(status).toBe('returned');
  });

  it('refuses a transition not allowed from the current state', () => {
    expect(checkTransition('approve', 'submitted', ['leader'])).toEqual({ ok: false, reason: 'state' });
    expect(checkTransition('receive', 'received', ['reception'])).toEqual({ ok: false, reason: 'state' });
    expect(checkTransition('withdraw', 'returned', ['applicant'])).toEqual({ ok: false, reason: 'state' });
    expect(checkTransition('return', 'processing', ['reception'])).toEqual({ ok: false, reason: 'state' });
  });

  it('refuses a transition to a role that may not take it, before looking at the state', () => {
    expect(checkTransition('approve', 'processing', ['specialist'])).toEqual({ ok: false, reason: 'role' });
    expect(checkTransition('receive', 'submitted', ['applicant'])).toEqual({ ok: false, reason: 'role' });
    expect(checkTransition('withdraw', 'processing', ['reception', 'leader'])).toEqual({ ok: false, reason: 'role' });
  });

  it('returns from a supplement to the status the dossier had when it was paused', () => {
    expect(checkTransition('request_supplement', 'processing', ['specialist'])).toEqual({ ok: true, to: 'awaiting_supplement' });
    expect(checkTransition('resubmit', 'awaiting_supplement', ['applicant'], 'received')).toEqual({ ok: true, to: 'received' });
    expect(checkTransition('resubmit', 'awaiting_supplement', ['reception'], 'processing')).toEqual({ ok: true, to: 'processing' });
  });

  it('lets the applicant withdraw any open dossier, and nothing closed', () => {
    for (const status of Object.keys(NATIONAL_STATUS_CODE) as DossierStatus[]) {
      const open = ['submitted', 'received', 'processing', 'awaiting_supplement', 'awaiting_payment'].includes(status);
      expect(checkTransition('withdraw', status, ['applicant']).ok, status).toBe(open);
    }
  });

  it('lists what an actor can do now', () => {
    expect(availableActions('submitted', ['reception'])).toEqual(['receive', 'reject']);
    expect(availableActions('processing', ['leader']).sort()).toEqual(['approve', 'extend', 'forward', 'refuse', 'request_supplement', 'send_back', 'stop']);
    expect(Object.keys(RULES)).toHaveLength(15);
    // A payment is recorded by the payments module, never offered to a user as an action.
    expect(availableActions('awaiting_payment', ['applicant', 'reception', 'specialist', 'leader', 'cashier'])).not.toContain('record_payment');
  });

  it('lets a payment move a dossier waiting for it: to the desk before reception, to the result after', () => {
    expect(checkTransition('record_payment', 'awaiting_payment', ['cashier'])).toEqual({ ok: true, to: 'awaiting_payment' });
    expect(checkTransition('record_payment', 'processing', ['cashier'])).toEqual({ ok: true, to: 'processing' });
    expect(checkTransition('record_payment', 'returned', ['cashier'])).toEqual({ ok: false, reason: 'state' });
    expect(checkTransition('record_payment', 'awaiting_payment', ['reception'])).toEqual({ ok: false, reason: 'role' });
    expect(afterPayment({ receivedAt: null })).toBe('submitted');
    expect(afterPayment({ receivedAt: new Date() })).toBe('result_ready');
  });
});

describe('resolution timing', () => {
  const due = new Date('2026-03-16T09:00:00+07:00');
  it('classifies early, on time and late', () => {
    expect(resolutionTiming(new Date('2026-03-13T16:00:00+07:00'), due)).toBe('early');
    expect(resolutionTiming(new Date('2026-03-16T08:00:00+07:00'), due)).toBe('on_time');
    expect(resolutionTiming(due, due)).toBe('on_time');
    expect(resolutionTiming(new Date('2026-03-16T09:01:00+07:00'), due)).toBe('late');
  });
});

describe('dossier codes', () => {
  it('formats {agency code}-{yyMMdd}-{NNNN} on the Vietnamese date', () => {
    expect(formatDossierCode('000.00.12.H56', new Date('2025-03-14T09:00:00+07:00'), 7)).toBe('000.00.12.H56-250314-0007');
    expect(formatDossierCode('H15.50.05.13', new Date('2026-10-08T10:00:00+07:00'), 975)).toBe('H15.50.05.13-261008-0975');
    // 23:30 UTC on the 13th is already the 14th in Việt Nam.
    expect(formatDossierCode('000.00.12.H56', new Date('2025-03-13T23:30:00Z'), 1)).toBe('000.00.12.H56-250314-0001');
  });

  it('grows past 9,999 a day instead of wrapping', () => {
    expect(formatDossierCode('H01.151', new Date('2026-01-05T08:00:00+07:00'), 10_000)).toBe('H01.151-260105-10000');
    expect(() => formatDossierCode('H01.151', new Date(), 0)).toThrow(RangeError);
  });

  it('parses codes back', () => {
    expect(parseDossierCode('000.00.12.H56-250314-0007')).toEqual({ agencyCode: '000.00.12.H56', date: '2025-03-14', sequence: 7 });
    expect(parseDossierCode(' H15.50.05.13-261008-0975 ')).toMatchObject({ agencyCode: 'H15.50.05.13', sequence: 975 });
    expect(parseDossierCode('khong-phai-ma')).toBeNull();
  });
});
