import { describe, expect, it } from 'vitest';
import { foldVietnamese, looksLikeProcedureCode, searchTerms, toTsQuery } from './search-text.js';

describe('foldVietnamese', () => {
  it('removes tones and vowel marks and folds đ', () => {
    expect(foldVietnamese('Cấp bản sao từ sổ gốc')).toBe('cap ban sao tu so goc');
    expect(foldVietnamese('ĐĂNG KÝ KHAI SINH')).toBe('dang ky khai sinh');
    expect(foldVietnamese('Chứng thực chữ ký người dịch')).toBe('chung thuc chu ky nguoi dich');
  });

  it('folds decomposed input like precomposed input', () => {
    expect(foldVietnamese('Cấp'.normalize('NFD'))).toBe('cap');
  });
});

describe('searchTerms and toTsQuery', () => {
  it('splits on punctuation and spaces', () => {
    expect(searchTerms('  cấp, bản-sao!! ')).toEqual(['cap', 'ban', 'sao']);
  });

  it('drops characters that would break a tsquery', () => {
    expect(searchTerms("a' & | ! :* ( ) b")).toEqual(['a', 'b']);
  });

  it('makes the last term a prefix', () => {
    expect(toTsQuery(['cap', 'ban', 'sa'], 'all')).toBe('cap & ban & sa:*');
    expect(toTsQuery(['cap', 'ban'], 'any')).toBe('cap | ban:*');
    expect(toTsQuery([], 'all')).toBeNull();
  });

  it('caps the number of terms', () => {
    expect(searchTerms('a b c d e f g h i j k l m n')).toHaveLength(12);
  });
});

describe('looksLikeProcedureCode', () => {
  it('recognises national and provincial codes', () => {
    expect(looksLikeProcedureCode('1.010708')).toBe(true);
    expect(looksLikeProcedureCode('2.000815.000.00.00.H55')).toBe(true);
    expect(looksLikeProcedureCode('1.0')).toBe(true);
    expect(looksLikeProcedureCode('khai sinh')).toBe(false);
  });
});
