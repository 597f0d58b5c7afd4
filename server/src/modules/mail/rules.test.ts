import { describe, expect, it } from 'vitest';
import { candidateAddresses, domainOf, isDomain, isLocalPart, localOf, localPartOf, quotaKb } from './rules.js';

describe('the naming rule of official addresses', () => {
  it('takes the given name and the family name, without diacritics', () => {
    expect(localPartOf('Nguyễn Văn An')).toBe('an.nguyen');
    expect(localPartOf('Đặng Thị Thu Hà')).toBe('ha.dang');
    expect(localPartOf('  HOÀNG   Đức  ')).toBe('duc.hoang');
  });

  it('keeps a one-word name and never answers an empty local part', () => {
    expect(localPartOf('Lương')).toBe('luong');
    expect(localPartOf('—')).toBe('canbo');
  });

  it('numbers the address when the first is taken', () => {
    const found = candidateAddresses('Trần Minh Tuấn', 'stp.langson.gov.vn');
    expect([found.next().value, found.next().value, found.next().value]).toEqual([
      'tuan.tran@stp.langson.gov.vn', 'tuan.tran2@stp.langson.gov.vn', 'tuan.tran3@stp.langson.gov.vn',
    ]);
  });

  it('checks local parts and domains', () => {
    expect(isLocalPart('vanthu')).toBe(true);
    expect(isLocalPart('an.nguyen2')).toBe(true);
    expect(isLocalPart('.an')).toBe(false);
    expect(isLocalPart('an..nguyen')).toBe(false);
    expect(isLocalPart('Ân')).toBe(false);
    expect(isDomain('langson.gov.vn')).toBe(true);
    expect(isDomain('localhost')).toBe(false);
    expect(isDomain('-x.gov.vn')).toBe(false);
  });

  it('splits addresses and writes quotas in kilobytes', () => {
    expect(localOf('vanthu@stp.langson.gov.vn')).toBe('vanthu');
    expect(domainOf('vanthu@stp.langson.gov.vn')).toBe('stp.langson.gov.vn');
    expect(quotaKb(1024)).toBe('1048576');
  });
});
