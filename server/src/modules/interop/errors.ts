import { AppError } from '../../platform/errors.js';

/** The interop module's errors: a stable code, an HTTP status and a Vietnamese message. */
export const interopErrors = {
  portalNotConfigured: () => new AppError('NATIONAL_PORTAL_NOT_CONFIGURED', 409, 'Chưa kết nối Cổng Dịch vụ công quốc gia.'),
  catalogSyncRunning: () => new AppError('CATALOG_SYNC_RUNNING', 409, 'Đang đồng bộ danh mục thủ tục, vui lòng chờ lượt đang chạy kết thúc.'),
  registriesNotConfigured: () => new AppError('REGISTRIES_NOT_CONFIGURED', 409, 'Chưa kết nối cơ sở dữ liệu quốc gia.'),
  invalidIdNumber: () => new AppError('INVALID_ID_NUMBER', 400, 'Số định danh cá nhân gồm 12 chữ số.'),
  invalidTaxCode: () => new AppError('INVALID_TAX_CODE', 400, 'Mã số thuế gồm 10 chữ số (13 ký tự với mã chi nhánh, ví dụ 0100109106-001).'),
  citizenNotFound: () => new AppError('CITIZEN_NOT_FOUND', 404, 'Không tìm thấy công dân có số định danh này trong Cơ sở dữ liệu quốc gia về dân cư.'),
  businessNotFound: () => new AppError('BUSINESS_NOT_FOUND', 404, 'Không tìm thấy doanh nghiệp có mã số thuế này trong Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp.'),
  registryUnavailable: () => new AppError('REGISTRY_UNAVAILABLE', 503, 'Cơ sở dữ liệu quốc gia tạm thời không trả lời, vui lòng thử lại sau ít phút.'),
  portalUnavailable: () => new AppError('NATIONAL_PORTAL_UNAVAILABLE', 503, 'Cổng Dịch vụ công quốc gia tạm thời không trả lời, vui lòng thử lại sau.'),
  pullRunning: () => new AppError('PULL_RUNNING', 409, 'Đang nhận hồ sơ từ Cổng Dịch vụ công quốc gia, vui lòng chờ lượt đang chạy kết thúc.'),
  notAnOfficer: () => new AppError('FORBIDDEN', 403, 'Chỉ cán bộ tiếp nhận và chuyên viên được tra cứu cơ sở dữ liệu quốc gia.'),
};
