import { AppError } from '../../platform/errors.js';

export const catalogErrors = {
  procedureNotFound: () => new AppError('PROCEDURE_NOT_FOUND', 404, 'Không tìm thấy thủ tục hành chính.'),
  fieldNotFound: () => new AppError('PROCEDURE_FIELD_NOT_FOUND', 400, 'Lĩnh vực không tồn tại.'),
  procedureExists: () => new AppError('PROCEDURE_EXISTS', 409, 'Cơ quan này đã có thủ tục với mã này.'),
  agencyNotFound: () => new AppError('AGENCY_NOT_FOUND', 404, 'Không tìm thấy cơ quan.'),
};
