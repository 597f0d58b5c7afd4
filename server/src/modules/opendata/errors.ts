import { AppError } from '../../platform/errors.js';

export const openDataErrors = {
  datasetNotFound: () => new AppError('OPENDATA_DATASET_NOT_FOUND', 404, 'Không tìm thấy bộ dữ liệu.'),
  resourceNotFound: () => new AppError('OPENDATA_RESOURCE_NOT_FOUND', 404, 'Không tìm thấy tệp dữ liệu.'),
  /** Published, but its first snapshot is not built yet. */
  notBuilt: () => new AppError('OPENDATA_NOT_BUILT', 404, 'Bộ dữ liệu đang được tổng hợp lần đầu, vui lòng thử lại sau ít phút.'),
  missingId: () => new AppError('OPENDATA_ID_MISSING', 409, 'Thiếu tham số "id": mã hoặc tên của bộ dữ liệu, tệp dữ liệu.'),
};
