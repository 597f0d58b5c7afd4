import { describe, expect, it } from 'vitest';
import { cleanFormData, formProblems } from './eform.js';

const fields = [
  { name: 'ten', label: 'Tên giấy tờ', type: 'text', required: true },
  { name: 'so_ban', label: 'Số bản', type: 'number', required: true },
  { name: 'ngay', label: 'Ngày sinh', type: 'date' },
];

describe('e-form answers', () => {
  it('drops unknown fields and blanks', () => {
    expect(cleanFormData(fields, { ten: ' Giấy khai sinh ', la: 'x', ngay: '  ' })).toEqual({ ten: 'Giấy khai sinh' });
  });

  it('names missing required answers and malformed numbers or dates', () => {
    expect(formProblems(fields, {})).toEqual({ missing: ['Tên giấy tờ', 'Số bản'], invalid: [] });
    expect(formProblems(fields, { ten: 'A', so_ban: 'hai', ngay: '15/01/2026' })).toEqual({ missing: [], invalid: ['Số bản', 'Ngày sinh'] });
    expect(formProblems(fields, { ten: 'A', so_ban: '2', ngay: '2026-01-15' })).toEqual({ missing: [], invalid: [] });
  });
});
