/**
 * An error a client can cause and understand: a stable code, an HTTP status and a Vietnamese message.
 * Every module declares its own in `errors.ts`; anything else is hidden behind a 500 with a request id.
 */
export class AppError extends Error {
  /** Sent as Retry-After: the condition is expected to pass (a store or database away), and jobs wait for it without spending attempts. */
  retryAfterSeconds?: number;

  constructor(
    readonly code: string,
    readonly statusCode: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const define = (code: string, statusCode: number, message: string) => (details?: unknown, override?: string) =>
  new AppError(code, statusCode, override ?? message, details);

export const errors = {
  validation: define('VALIDATION_FAILED', 400, 'Dữ liệu gửi lên không hợp lệ.'),
  badJson: define('INVALID_JSON', 400, 'Nội dung gửi lên không phải JSON hợp lệ.'),
  badRequest: define('BAD_REQUEST', 400, 'Yêu cầu không hợp lệ.'),
  badUrl: define('INVALID_URL', 400, 'Địa chỉ yêu cầu không hợp lệ (có ký tự mã hóa sai).'),
  urlTooLong: define('URL_TOO_LONG', 414, 'Địa chỉ yêu cầu quá dài.'),
  badMultipart: define('INVALID_MULTIPART', 400, 'Dữ liệu tải lên không đầy đủ hoặc sai cấu trúc (multipart), vui lòng gửi lại.'),
  tooManyParts: define('TOO_MANY_PARTS', 413, 'Biểu mẫu tải lên có quá nhiều tệp hoặc trường.'),
  requestTimeout: define('REQUEST_TIMEOUT', 408, 'Yêu cầu gửi lên quá chậm, vui lòng thử lại.'),
  headersTooLarge: define('HEADERS_TOO_LARGE', 431, 'Phần đầu (header) của yêu cầu quá lớn.'),
  unauthenticated: define('UNAUTHENTICATED', 401, 'Vui lòng đăng nhập để tiếp tục.'),
  forbidden: define('FORBIDDEN', 403, 'Bạn không có quyền thực hiện thao tác này.'),
  enrolmentRequired: define('TOTP_ENROLMENT_REQUIRED', 403, 'Vai trò của bạn bắt buộc xác thực hai lớp: vui lòng cài đặt ứng dụng xác thực trước khi tiếp tục.'),
  csrf: define('CSRF_INVALID', 403, 'Phiên làm việc không hợp lệ, vui lòng tải lại trang và thử lại.'),
  notFound: define('NOT_FOUND', 404, 'Không tìm thấy dữ liệu yêu cầu.'),
  routeNotFound: define('ROUTE_NOT_FOUND', 404, 'Không tìm thấy địa chỉ yêu cầu.'),
  methodNotAllowed: define('METHOD_NOT_ALLOWED', 405, 'Phương thức không được hỗ trợ.'),
  conflict: define('CONFLICT', 409, 'Dữ liệu đã bị thay đổi bởi người khác, vui lòng tải lại và thử lại.'),
  payloadTooLarge: define('PAYLOAD_TOO_LARGE', 413, 'Dữ liệu gửi lên vượt quá dung lượng cho phép.'),
  unsupportedMediaType: define('UNSUPPORTED_MEDIA_TYPE', 415, 'Định dạng dữ liệu không được hỗ trợ.'),
  rateLimited: define('RATE_LIMITED', 429, 'Bạn đã thử quá nhiều lần, vui lòng thử lại sau ít phút.'),
  /** The database is stopped, restarting or failing over: answered with Retry-After (see app.ts). */
  databaseUnavailable: (details?: unknown) => Object.assign(
    new AppError('DATABASE_UNAVAILABLE', 503, 'Hệ thống tạm thời mất kết nối tới cơ sở dữ liệu, vui lòng thử lại sau ít giây.', details),
    { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
  ),
  internal: define('INTERNAL_ERROR', 500, 'Hệ thống gặp sự cố, vui lòng thử lại sau.'),
};

/** Seconds a client is told to wait (Retry-After) while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
