import { AppError } from '../../platform/errors.js';

export const identityErrors = {
  sessionNotFound: () => new AppError('SESSION_NOT_FOUND', 404, 'Không tìm thấy phiên đăng nhập này (có thể đã hết hạn hoặc đã đăng xuất).'),
  invalidCredentials: () => new AppError('INVALID_CREDENTIALS', 401, 'Tên đăng nhập hoặc mật khẩu không đúng.'),
  usernameTaken: () => new AppError('USERNAME_TAKEN', 409, 'Tên đăng nhập đã được sử dụng, vui lòng chọn tên khác.'),
  resetTokenInvalid: () => new AppError('RESET_TOKEN_INVALID', 400, 'Đường dẫn đặt lại mật khẩu không đúng, đã dùng hoặc đã hết hạn (30 phút). Vui lòng yêu cầu gửi lại.'),
  weakPassword: () => new AppError('WEAK_PASSWORD', 400, 'Mật khẩu phải có ít nhất 8 ký tự, gồm cả chữ và số.'),
  invalidAgencyCode: () =>
    new AppError('INVALID_AGENCY_CODE', 400, 'Mã định danh cơ quan không đúng định dạng (ví dụ 000.00.12.H37 hoặc H37.12.01).'),
  agencyCodeTaken: () => new AppError('AGENCY_CODE_TAKEN', 409, 'Mã định danh cơ quan đã được dùng cho cơ quan khác.'),
  agencyNotFound: () => new AppError('AGENCY_NOT_FOUND', 404, 'Không tìm thấy cơ quan.'),
  agencyCycle: () => new AppError('AGENCY_CYCLE', 400, 'Không thể đặt một cơ quan làm cấp trên của chính nó hoặc của cơ quan cấp trên nó.'),
  invalidValidity: () => new AppError('INVALID_VALIDITY', 400, 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.'),
  invalidWorkingHours: () => new AppError('INVALID_WORKING_HOURS', 400, 'Giờ làm việc không hợp lệ: mỗi buổi phải kết thúc sau khi bắt đầu và các buổi không được chồng nhau.'),
  userNotFound: () => new AppError('USER_NOT_FOUND', 404, 'Không tìm thấy người dùng.'),
  roleNeedsAgency: () => new AppError('ROLE_NEEDS_AGENCY', 400, 'Vai trò cán bộ phải gắn với một cơ quan.'),
  roleNotFound: () => new AppError('ROLE_NOT_FOUND', 404, 'Không tìm thấy vai trò.'),
  roleExists: () => new AppError('ROLE_EXISTS', 409, 'Người dùng đã có vai trò này tại cơ quan này.'),
  lastRole: () => new AppError('LAST_ROLE', 409, 'Không thể gỡ vai trò cuối cùng của cán bộ; hãy khóa tài khoản thay vì gỡ.'),
  selfLockout: () => new AppError('SELF_LOCKOUT', 409, 'Không thể tự khóa tài khoản hoặc gỡ quyền quản trị của chính mình.'),
};
