import { AppError, DATABASE_RETRY_AFTER_SECONDS } from '../../platform/errors.js';

/**
 * The gateway's refusals and failures: each a stable code, an HTTP status and a Vietnamese message, sent as
 * `{ error: { code, message } }` (the token endpoint answers in RFC 6749's shape, see oauth.ts).
 */
export const gatewayErrors = {
  tokenMissing: () => new AppError('LGSP_TOKEN_MISSING', 401, 'Thiếu mã truy cập (Authorization: Bearer …): hãy lấy mã tại /lgsp/oauth/token.'),
  tokenInvalid: () => new AppError('LGSP_TOKEN_INVALID', 401, 'Mã truy cập không hợp lệ hoặc đã bị thu hồi.'),
  tokenExpired: () => new AppError('LGSP_TOKEN_EXPIRED', 401, 'Mã truy cập đã hết hạn: hãy lấy mã mới.'),
  unknownMember: () => new AppError('LGSP_UNKNOWN_MEMBER', 401, 'Hệ thống thành viên không được đăng ký trên nền tảng tích hợp.'),
  badCredentials: () => new AppError('LGSP_BAD_CREDENTIALS', 401, 'Mã định danh hoặc khóa bí mật của hệ thống thành viên không đúng.'),
  memberSuspended: () => new AppError('LGSP_MEMBER_SUSPENDED', 403, 'Hệ thống thành viên đang bị tạm dừng kết nối.'),
  certificateRequired: () => new AppError('LGSP_CERTIFICATE_REQUIRED', 403, 'Hệ thống thành viên phải kết nối bằng TLS hai chiều với chứng thư số đã đăng ký.'),
  certificateMismatch: () => new AppError('LGSP_CERTIFICATE_MISMATCH', 403, 'Chứng thư số TLS không khớp chứng thư đã đăng ký của hệ thống thành viên.'),
  serviceUnknown: () => new AppError('LGSP_SERVICE_UNKNOWN', 404, 'Dịch vụ không tồn tại trên nền tảng tích hợp.'),
  serviceDisabled: () => new AppError('LGSP_SERVICE_DISABLED', 503, 'Dịch vụ đang tạm ngừng cung cấp.'),
  serviceNotGranted: () => new AppError('LGSP_SERVICE_NOT_GRANTED', 403, 'Hệ thống thành viên chưa được cấp quyền sử dụng dịch vụ này.'),
  operationUnknown: () => new AppError('LGSP_OPERATION_UNKNOWN', 404, 'Thao tác không có trong mô tả OpenAPI của dịch vụ.'),
  operationNotGranted: () => new AppError('LGSP_OPERATION_NOT_GRANTED', 403, 'Hệ thống thành viên chưa được cấp quyền dùng thao tác này của dịch vụ.'),
  bodyTooLarge: () => new AppError('LGSP_BODY_TOO_LARGE', 413, 'Dữ liệu gửi qua nền tảng tích hợp vượt quá dung lượng cho phép.'),
  upstreamTimeout: () => new AppError('LGSP_UPSTREAM_TIMEOUT', 504, 'Hệ thống cung cấp dịch vụ không trả lời trong thời gian cho phép.'),
  upstreamUnreachable: () => new AppError('LGSP_UPSTREAM_UNREACHABLE', 502, 'Không kết nối được tới hệ thống cung cấp dịch vụ.'),
  /** The log's database refused or is away: like any outage of it, expected to pass (Retry-After). */
  logUnavailable: () => Object.assign(
    new AppError('LGSP_LOG_UNAVAILABLE', 503, 'Không ghi được nhật ký trao đổi nên kết quả không được trả về: vui lòng thử lại sau.'),
    { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
  ),
  messageUnknown: () => new AppError('LGSP_MESSAGE_UNKNOWN', 404, 'Không tìm thấy thông điệp, hoặc hệ thống thành viên không tham gia thông điệp này.'),
  receiptUnavailable: () => new AppError('LGSP_RECEIPT_UNAVAILABLE', 503, 'Chưa ký được biên nhận: nền tảng chưa có khóa ký, vui lòng thử lại sau.'),
};

/** The administration's errors. */
export const integrationErrors = {
  provinceAdminOnly: () => new AppError('LGSP_PROVINCE_ADMIN_ONLY', 403, 'Chỉ quản trị viên cấp tỉnh quản lý nền tảng tích hợp.'),
  memberNotFound: () => new AppError('LGSP_MEMBER_NOT_FOUND', 404, 'Không tìm thấy hệ thống thành viên.'),
  serviceNotFound: () => new AppError('LGSP_SERVICE_NOT_FOUND', 404, 'Không tìm thấy dịch vụ.'),
  grantNotFound: () => new AppError('LGSP_GRANT_NOT_FOUND', 404, 'Không tìm thấy quyền truy cập (hoặc đã bị thu hồi).'),
  badIdentifier: () => new AppError('LGSP_IDENTIFIER_INVALID', 400, 'Mã định danh không hợp lệ: dạng QUỐC_GIA/LOẠI/MÃ_THÀNH_VIÊN/PHÂN_HỆ, ví dụ VN/GOV/000.00.00.H37/MOTCUA.'),
  memberExists: () => new AppError('LGSP_MEMBER_EXISTS', 409, 'Mã định danh hệ thống thành viên đã được đăng ký.'),
  serviceExists: () => new AppError('LGSP_SERVICE_EXISTS', 409, 'Mã dịch vụ đã được sử dụng.'),
  grantExists: () => new AppError('LGSP_GRANT_EXISTS', 409, 'Quyền truy cập này đã được cấp.'),
  badAgency: () => new AppError('LGSP_AGENCY_INVALID', 400, 'Cơ quan chủ quản không tồn tại.'),
  badUpstream: () => new AppError('LGSP_UPSTREAM_INVALID', 400, 'Địa chỉ hệ thống cung cấp phải là địa chỉ http(s) đầy đủ.'),
  badOpenApi: (reason: string) => new AppError('LGSP_OPENAPI_INVALID', 400, `Mô tả OpenAPI không hợp lệ: ${reason}.`),
  badOperation: () => new AppError('LGSP_OPERATION_INVALID', 400, 'Thao tác không có trong mô tả OpenAPI của dịch vụ.'),
  badCertificate: () => new AppError('LGSP_CERTIFICATE_INVALID', 400, 'Chứng thư số không đọc được, đã hết hạn hoặc không do CA được tin cậy cấp.'),
  demoOnly: () => new AppError('LGSP_DEMO_ONLY', 409, 'Chỉ cấp chứng thư thử nghiệm ở chế độ trình diễn: hãy dùng chứng thư do CA của tỉnh cấp.'),
  badProvider: () => new AppError('LGSP_PROVIDER_INVALID', 400, 'Hệ thống cung cấp dịch vụ không phải hệ thống thành viên đã đăng ký.'),
};
