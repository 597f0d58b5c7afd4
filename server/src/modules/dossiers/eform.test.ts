import { describe, expect, it } from 'vitest';
import type { FormField } from '../catalog/index.js';
import { cleanFormData, formProblems } from './eform.js';

const fields: FormField[] = [
  { name: 'ten', label: 'Tên giấy tờ', type: 'text', required: true },
  { name: 'so_ban', label: 'Số bản', type: 'number', required: true },
  { name: 'ngay', label: 'Ngày sinh', type: 'date' },
];

describe('e-form answers', () => {
  it('drops unknown fields and blanks', () => {
    expect(cleanFormData(fields, { ten: ' Giấy khai sinh ', la: 'x', ngay: '  ' })).toEqual({ ten: 'Giấy khai sinh' });
  });

  it('names missing required answers and malformed numbers or dates', () => {
    expect(formProblems(fields, {})).toMatchObject({ missing: ['Tên giấy tờ', 'Số bản'], invalid: [] });
    expect(formProblems(fields, { ten: 'A', so_ban: 'hai', ngay: '15/01/2026' })).toMatchObject({ missing: [], invalid: ['Số bản', 'Ngày sinh'] });
    expect(formProblems(fields, { ten: 'A', so_ban: '2', ngay: '2026-01-15' })).toMatchObject({ missing: [], invalid: [] });
  });

  it('refuses dates that are not on the calendar, and year 0', () => {
    for (const ngay of ['2026-13-45', '2026-02-30', '2025-02-29', '0000-01-01', '2026-00-10', '2026-04-31', '2026-1-5', '20260115']) {
      expect(formProblems(fields, { ten: 'A', so_ban: '2', ngay }), ngay).toMatchObject({ missing: [], invalid: ['Ngày sinh'] });
    }
    for (const ngay of ['2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31']) {
      expect(formProblems(fields, { ten: 'A', so_ban: '2', ngay }), ngay).toMatchObject({ missing: [], invalid: [] });
    }
  });

  it('refuses numbers that are negative, not finite or beyond 15 digits', () => {
    for (const so_ban of ['-1', '1e400', 'Infinity', 'NaN', '9'.repeat(16), '1.1234567', '1,2,3', '0x10', ' 2']) {
      expect(formProblems(fields, { ten: 'A', so_ban }).invalid, so_ban).toEqual(['Số bản']);
    }
    for (const so_ban of ['0', '2', '2,5', '12.75', '9'.repeat(15), '1.123456']) {
      expect(formProblems(fields, { ten: 'A', so_ban }).invalid, so_ban).toEqual([]);
    }
  });
});
