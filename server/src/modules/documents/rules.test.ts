import { describe, expect, it } from 'vitest';
import {
  afterReview, agencySymbolFromName, assignmentLate, canRun, documentType, DOCUMENT_TYPES, numberSymbol, recipientStatusOf, symbolOf,
} from './rules.js';

describe('numbers and symbols (Decree 30/2020, Annex III)', () => {
  it('writes the type and the agency for typed documents, the agency and the unit for a công văn', () => {
    expect(symbolOf(documentType('QD')!, 'UBND')).toBe('QĐ-UBND');
    expect(symbolOf(documentType('TTR')!, 'STP')).toBe('TTr-STP');
    expect(symbolOf(documentType('QYD')!, 'UBND')).toBe('QyĐ-UBND');
    expect(symbolOf(documentType('KH')!, 'SKHĐT')).toBe('KH-SKHĐT');
    expect(symbolOf(documentType('CV')!, 'UBND', 'VP')).toBe('UBND-VP');
    expect(symbolOf(documentType('CV')!, 'UBND')).toBe('UBND');
  });

  it('pads numbers below ten with a zero, and not the others', () => {
    expect(numberSymbol(1, 'QĐ-UBND')).toBe('01/QĐ-UBND');
    expect(numberSymbol(9, 'UBND-VP')).toBe('09/UBND-VP');
    expect(numberSymbol(15, 'QĐ-UBND')).toBe('15/QĐ-UBND');
    expect(numberSymbol(1234, 'TB-STP')).toBe('1234/TB-STP');
  });

  it('guesses an agency abbreviation from its name', () => {
    expect(agencySymbolFromName('UBND tỉnh Lạng Sơn')).toBe('UBND');
    expect(agencySymbolFromName('Ủy ban nhân dân xã Mai Pha')).toBe('UBND');
    expect(agencySymbolFromName('Sở Tư pháp tỉnh Lạng Sơn')).toBe('STP');
    expect(agencySymbolFromName('Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn')).toBe('SKHĐT');
    expect(agencySymbolFromName('Văn phòng UBND tỉnh Lạng Sơn')).toBe('VP');
  });

  it('knows every type of Annex III once, with a distinct edXML type number', () => {
    expect(new Set(DOCUMENT_TYPES.map((t) => t.code)).size).toBe(DOCUMENT_TYPES.length);
    expect(new Set(DOCUMENT_TYPES.map((t) => t.edxmlType)).size).toBe(DOCUMENT_TYPES.length);
    expect(DOCUMENT_TYPES.filter((t) => t.abbreviation === null).map((t) => t.name)).toEqual(['Công văn']);
  });
});

describe('the life of a document', () => {
  it('lets each action run only from its states', () => {
    expect(canRun('register', 'arrived')).toBe(true);
    expect(canRun('register', 'registered')).toBe(false);
    expect(canRun('issue', 'signed')).toBe(true);
    expect(canRun('issue', 'approved')).toBe(false);
    expect(canRun('issue', 'issued')).toBe(false);
    expect(canRun('sign', 'in_review')).toBe(false);
    expect(canRun('edit', 'signed')).toBe(false);
  });

  it('goes back to the drafter when one reviewer returns it, on to the signer when all passed it', () => {
    expect(afterReview(['passed', null])).toBe('in_review');
    expect(afterReview(['passed', 'returned'])).toBe('draft');
    expect(afterReview(['returned', null])).toBe('draft');
    expect(afterReview(['passed', 'passed'])).toBe('approved');
  });

  it('calls an assignment late when open past its deadline or done after it', () => {
    expect(assignmentLate({ deadline: '2026-11-20', status: 'open', doneOn: null }, '2026-11-21')).toBe(true);
    expect(assignmentLate({ deadline: '2026-11-20', status: 'open', doneOn: null }, '2026-11-20')).toBe(false);
    expect(assignmentLate({ deadline: '2026-11-20', status: 'done', doneOn: '2026-11-22' }, '2026-11-28')).toBe(true);
    expect(assignmentLate({ deadline: '2026-11-20', status: 'done', doneOn: '2026-11-20' }, '2026-11-28')).toBe(false);
    expect(assignmentLate({ deadline: null, status: 'open', doneOn: null }, '2099-01-01')).toBe(false);
    expect(assignmentLate({ deadline: '2026-11-20', status: 'withdrawn', doneOn: null }, '2026-11-28')).toBe(false);
  });

  it('reads the edXML status codes back', () => {
    expect(recipientStatusOf('03')).toBe('registered');
    expect(recipientStatusOf('06')).toBe('done');
    expect(recipientStatusOf('13')).toBeUndefined();
  });
});
