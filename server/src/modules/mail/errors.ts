import { AppError } from '../../platform/errors.js';

export const mailErrors = {
  mailboxNotFound: () => new AppError('MAILBOX_NOT_FOUND', 404, 'Không tìm thấy hộp thư.'),
  aliasNotFound: () => new AppError('MAIL_ALIAS_NOT_FOUND', 404, 'Không tìm thấy địa chỉ nhóm.'),
  agencyNotFound: () => new AppError('MAIL_AGENCY_NOT_FOUND', 404, 'Không tìm thấy cơ quan.'),
  officialNotFound: () => new AppError('MAIL_OFFICIAL_NOT_FOUND', 400, 'Cán bộ không thuộc cơ quan đã chọn hoặc tài khoản đã khóa.'),
  noDomain: () => new AppError('MAIL_DOMAIN_MISSING', 409, 'Cơ quan (và các cơ quan cấp trên) chưa có tên miền thư công vụ: khai báo tên miền trước.'),
  domainTaken: () => new AppError('MAIL_DOMAIN_TAKEN', 409, 'Tên miền đã được khai báo cho cơ quan khác.'),
  domainInUse: () => new AppError('MAIL_DOMAIN_IN_USE', 409, 'Không đổi được tên miền khi còn hộp thư dùng tên miền cũ.'),
  domainInvalid: () => new AppError('MAIL_DOMAIN_INVALID', 400, 'Tên miền không hợp lệ (ví dụ: stp.langson.gov.vn).'),
  localPartInvalid: () => new AppError('MAIL_ADDRESS_INVALID', 400, 'Tên hộp thư chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới; không bắt đầu, kết thúc bằng dấu.'),
  addressTaken: (address: string) => new AppError('MAIL_ADDRESS_TAKEN', 409, `Địa chỉ ${address} đã được dùng (hộp thư, địa chỉ cũ hoặc địa chỉ nhóm).`),
  alreadyHasMailbox: () => new AppError('MAILBOX_EXISTS', 409, 'Cán bộ đã có hộp thư công vụ.'),
  wrongStatus: (action: string) => new AppError('MAILBOX_WRONG_STATUS', 409, `Hộp thư ở trạng thái hiện tại không thể ${action}.`),
  weakPassword: () => new AppError('MAIL_WEAK_PASSWORD', 400, 'Mật khẩu hộp thư cần ít nhất 8 ký tự, có chữ và số.'),
  membersInvalid: () => new AppError('MAIL_ALIAS_MEMBERS_INVALID', 400, 'Thành viên của địa chỉ nhóm phải là hộp thư của cơ quan.'),
  noMailbox: () => new AppError('MAILBOX_NOT_FOUND', 404, 'Bạn chưa có hộp thư công vụ.'),
};
