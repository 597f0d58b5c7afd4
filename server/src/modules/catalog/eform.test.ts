import { describe, expect, it } from 'vitest';
import { cleanFormData, definitionProblems, displayValue, fieldProblems, isIdentityNumber, isPhone, requiredFiles, type FormField } from './eform.js';

const form: FormField[] = [
  { name: 'ho_ten', label: 'Họ và tên', type: 'text', required: true, rules: { minLength: 2, maxLength: 100 } },
  { name: 'cccd', label: 'Số CCCD', type: 'id_number', required: true },
  { name: 'dien_thoai', label: 'Điện thoại', type: 'phone' },
  { name: 'thu', label: 'Thư điện tử', type: 'email' },
  { name: 'ngay_sinh', label: 'Ngày sinh', type: 'date', required: true },
  { name: 'so_ban', label: 'Số bản', type: 'number', rules: { min: 1, max: 10, message: 'Mỗi lần cấp từ 1 đến 10 bản' } },
  { name: 'von', label: 'Vốn kinh doanh', type: 'money', rules: { min: 1000 } },
  { name: 'muc_dich', label: 'Mục đích', type: 'select', options: ['Học tập', 'Xin việc', 'Khác'], required: true },
  { name: 'ghi_ro', label: 'Ghi rõ mục đích', type: 'text', required: true, showIf: { field: 'muc_dich', equals: 'Khác' } },
  { name: 'nganh', label: 'Ngành nghề', type: 'multiselect', options: ['Bán lẻ', 'Ăn uống'] },
  { name: 'dia_chi', label: 'Địa chỉ', type: 'address', required: true },
  { name: 'thanh_vien', label: 'Thành viên hộ', type: 'table', columns: [{ name: 'ten', label: 'Họ tên', type: 'text' }, { name: 'sinh', label: 'Ngày sinh', type: 'date' }], rules: { min: 1 } },
  { name: 'cam_doan', label: 'Tôi cam đoan thông tin là đúng', type: 'checkbox', required: true },
  { name: 'anh', label: 'Ảnh chân dung', type: 'file', required: true },
];
const address = JSON.stringify({ province: '20', district: '178', commune: '05971', street: 'Số 5 Trần Đăng Ninh' });
const good = {
  ho_ten: 'Nguyễn Văn An', cccd: '020095001234', dien_thoai: '+84 912 345 678', thu: 'an@example.vn', ngay_sinh: '1995-03-14', so_ban: '2', von: '50.000.000',
  muc_dich: 'Học tập', nganh: '["Bán lẻ"]', dia_chi: address, thanh_vien: JSON.stringify([{ ten: 'Nguyễn Thị Bình', sinh: '1990-01-02' }]), cam_doan: 'true',
};

describe('e-form answers', () => {
  it('accepts right answers, normalising phones and money, and drops unknown and hidden ones', () => {
    const clean = cleanFormData(form, { ...good, la: 'x', ghi_ro: 'bị ẩn' });
    expect(clean).toMatchObject({ dien_thoai: '0912345678', von: '50000000' });
    expect(clean.la).toBeUndefined();
    expect(clean.ghi_ro).toBeUndefined();
    expect(fieldProblems(form, clean)).toEqual([]);
  });

  it('says in Vietnamese what is missing or wrong, field by field, with the admin\'s own message', () => {
    const bad = cleanFormData(form, {
      ...good, ho_ten: 'A', cccd: '999095001234', dien_thoai: '0123', thu: 'khong-phai-thu', ngay_sinh: '2026-02-30', so_ban: '12', von: '500',
      muc_dich: 'Khác', nganh: '["Cầm đồ"]', dia_chi: JSON.stringify({ province: '20', district: '178', commune: '00001' }), thanh_vien: '[]', cam_doan: '',
    });
    const problems = Object.fromEntries(fieldProblems(form, bad).map((p) => [p.field, p.message]));
    expect(problems).toEqual({
      ho_ten: 'cần ít nhất 2 ký tự', cccd: 'không phải số CCCD (12 chữ số) hoặc CMND (9 chữ số) hợp lệ', dien_thoai: 'không phải số điện thoại Việt Nam hợp lệ',
      thu: 'không phải địa chỉ thư điện tử hợp lệ', ngay_sinh: 'không phải ngày hợp lệ', so_ban: 'Mỗi lần cấp từ 1 đến 10 bản', von: 'không nhỏ hơn 1.000 đồng',
      ghi_ro: 'không được để trống', nganh: 'phải chọn trong danh sách', dia_chi: 'phải chọn tỉnh, huyện, xã trong danh mục đơn vị hành chính',
      cam_doan: 'cần được xác nhận',
    });
  });

  it('shows a field only when its condition holds, and asks for the files the shown fields need', () => {
    expect(fieldProblems(form, cleanFormData(form, { ...good, muc_dich: 'Khác', ghi_ro: 'Đi du lịch' }))).toEqual([]);
    expect(requiredFiles(form, good)).toEqual(['Ảnh chân dung']);
  });

  it('prints answers as people read them', () => {
    const field = (name: string) => form.find((f) => f.name === name)!;
    expect(displayValue(field('dia_chi'), address)).toBe('Số 5 Trần Đăng Ninh, Phường Hoàng Văn Thụ, Thành phố Lạng Sơn, Tỉnh Lạng Sơn');
    expect(displayValue(field('von'), '50000000')).toBe('50.000.000 đồng');
    expect(displayValue(field('ngay_sinh'), '1995-03-14')).toBe('14/03/1995');
    expect(displayValue(field('cam_doan'), 'true')).toBe('Có');
    expect(displayValue(field('nganh'), '["Bán lẻ","Ăn uống"]')).toBe('Bán lẻ; Ăn uống');
    expect(displayValue(field('thanh_vien'), good.thanh_vien)).toBe('1. Họ tên: Nguyễn Thị Bình; Ngày sinh: 1990-01-02');
  });
});

describe('identity numbers and phones', () => {
  it('checks the CCCD\'s province code and century digit, and accepts the old 9-digit CMND', () => {
    expect(isIdentityNumber('020095001234')).toBe(true); // Lạng Sơn, born 1995
    expect(isIdentityNumber('001203001234')).toBe(true); // Hà Nội, born 2003
    expect(isIdentityNumber('003095001234')).toBe(false); // no province 03
    expect(isIdentityNumber('020595001234')).toBe(false); // century digit 5
    expect(isIdentityNumber('123456789')).toBe(true);
    expect(isIdentityNumber('12345678')).toBe(false);
  });
  it('knows Vietnamese mobile and landline numbers', () => {
    expect(['0912345678', '+84 912 345 678', '0205.3812.345', '0362345678'].map(isPhone)).toEqual([true, true, true, true]);
    expect(['0123456789', '091234567', '+1 912 345 6789'].map(isPhone)).toEqual([false, false, false]);
  });
});

describe('definitionProblems', () => {
  it('accepts a sound form and names what is wrong with a broken one', () => {
    expect(definitionProblems(form)).toEqual([]);
    expect(definitionProblems([
      { name: 'a', label: 'A', type: 'select', showIf: { field: 'b', equals: 'x' } },
      { name: 'b', label: 'B', type: 'table', rules: { min: 5, max: 1, pattern: '(' } },
      { name: 'a', label: 'A2', type: 'multiselect', options: ['x', 'x'] },
    ])).toHaveLength(7);
  });
});
