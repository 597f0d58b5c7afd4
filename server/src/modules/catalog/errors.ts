import { AppError } from '../../platform/errors.js';

export const catalogErrors = {
  procedureNotFound: () => new AppError('PROCEDURE_NOT_FOUND', 404, 'Không tìm thấy thủ tục hành chính.'),
  fieldNotFound: () => new AppError('PROCEDURE_FIELD_NOT_FOUND', 400, 'Lĩnh vực không tồn tại.'),
  procedureExists: () => new AppError('PROCEDURE_EXISTS', 409, 'Cơ quan này đã có thủ tục với mã này.'),
  agencyNotFound: () => new AppError('AGENCY_NOT_FOUND', 404, 'Không tìm thấy cơ quan.'),
  stepAgencyNotFound: () => new AppError('AGENCY_NOT_FOUND', 404, 'Không tìm thấy cơ quan thực hiện bước xử lý.'),
  invalidForm: (problems: string[]) => new AppError('INVALID_FORM', 400, `Tờ khai không hợp lệ: ${problems.join(' ')}`, { problems }),
  noFormDraft: () => new AppError('NO_FORM_DRAFT', 409, 'Chưa có bản nháp tờ khai để công bố.'),
  invalidFeeSchedule: (problems: string[]) => new AppError('INVALID_FEE_SCHEDULE', 400, `Biểu phí không hợp lệ: ${problems.join(' ')}`),
  invalidWorkflow: (problem: string) => new AppError('INVALID_WORKFLOW', 400, {
    empty: 'Quy trình phải có ít nhất một bước.',
    positions: 'Các bước phải được đánh số liên tục từ 1.',
    shares: 'Tổng tỷ lệ thời gian của các bước phải bằng 100%.',
    last_step_not_leader: 'Bước cuối của quy trình phải do lãnh đạo thực hiện (phê duyệt kết quả).',
  }[problem] ?? 'Quy trình không hợp lệ.'),
};
