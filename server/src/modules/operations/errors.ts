import { AppError } from '../../platform/errors.js';

/** The operations center's error codes: HTTP status and Vietnamese message. */
export const operationsErrors = {
  badPeriod: () => new AppError('OPS_BAD_PERIOD', 400, 'Kỳ báo cáo không hợp lệ: ngày bắt đầu phải trước ngày kết thúc và kỳ dài không quá 10 năm.'),
  notLeader: () => new AppError('OPS_NOT_LEADER', 403, 'Chỉ lãnh đạo hoặc quản trị của cơ quan mới xem được số liệu điều hành.'),
  deadLetterNotFound: () => new AppError('OPS_DEAD_LETTER_NOT_FOUND', 404, 'Không tìm thấy công việc lỗi này: có thể đã được thử lại hoặc bỏ qua.'),
  agencyNotFound: () => new AppError('OPS_AGENCY_NOT_FOUND', 404, 'Không tìm thấy cơ quan trong phạm vi bạn được xem.'),
};
