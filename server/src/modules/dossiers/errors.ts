import { AppError } from '../../platform/errors.js';
import type { FieldProblem } from '../catalog/index.js';
import { STATUS_LABEL, type DossierStatus } from './lifecycle.js';

export const dossierErrors = {
  notFound: () => new AppError('DOSSIER_NOT_FOUND', 404, 'Không tìm thấy hồ sơ.'),
  forbidden: () => new AppError('DOSSIER_ACTION_FORBIDDEN', 403, 'Bạn không có quyền thực hiện thao tác này trên hồ sơ.'),
  stateConflict: (status: DossierStatus) =>
    new AppError('DOSSIER_STATE_CONFLICT', 409,
      `Hồ sơ đang ở trạng thái "${STATUS_LABEL[status]}" nên không thể thực hiện thao tác này (có thể cán bộ khác vừa xử lý). Vui lòng tải lại.`),
  versionConflict: () => new AppError('DOSSIER_CHANGED', 409, 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trước khi thao tác.'),
  procedureUnavailable: () => new AppError('PROCEDURE_NOT_AVAILABLE', 404, 'Thủ tục không tồn tại hoặc chưa được công bố.'),
  missingDocuments: (names: string[]) =>
    new AppError('MISSING_DOCUMENTS', 400, `Hồ sơ còn thiếu giấy tờ: ${names.join('; ')}.`, { missing: names }),
  // `fields`: each field's problem, for the form to show next to it.
  missingFormFields: (labels: string[], fields: FieldProblem[] = []) =>
    new AppError('MISSING_FORM_FIELDS', 400, `Vui lòng điền: ${labels.join('; ')}.`, { missing: labels, fields }),
  invalidFormFields: (labels: string[], fields: FieldProblem[] = []) => {
    const wrong = fields.filter((f) => f.kind === 'invalid').map((f) => `${f.label} ${f.message}`);
    return new AppError('INVALID_FORM_FIELDS', 400, `Thông tin không đúng: ${(wrong.length > 0 ? wrong : labels).join('; ')}.`, { invalid: labels, fields });
  },
  consignmentRequired: () => new AppError('CONSIGNMENT_REQUIRED', 400, 'Kết quả gửi qua bưu chính: vui lòng nhập số hiệu bưu gửi.'),
  deliveryAddressRequired: () => new AppError('DELIVERY_ADDRESS_REQUIRED', 400, 'Vui lòng nhập địa chỉ nhận kết quả qua bưu chính.'),
  notSentByPost: () => new AppError('NOT_SENT_BY_POST', 409, 'Hồ sơ chưa được gửi kết quả qua bưu chính.'),
  storedDocumentNotFound: () => new AppError('STORED_DOCUMENT_NOT_FOUND', 404, 'Không tìm thấy giấy tờ này trong kho dữ liệu của Ông/Bà.'),
  unknownFeeCategory: () => new AppError('UNKNOWN_FEE_CATEGORY', 400, 'Đối tượng miễn, giảm phí không có trong biểu phí của thủ tục.'),
  unknownDocument: () => new AppError('UNKNOWN_DOCUMENT', 400, 'Giấy tờ này không thuộc thành phần hồ sơ của thủ tục.'),
  attachNotAllowed: () => new AppError('ATTACH_NOT_ALLOWED', 409, 'Không thể đính kèm tệp ở trạng thái hiện tại của hồ sơ.'),
  supplementFilesMissing: () => new AppError('SUPPLEMENT_FILES_MISSING', 400, 'Vui lòng tải lên giấy tờ bổ sung trước khi nộp lại.'),
  resultMissing: () => new AppError('RESULT_MISSING', 400, 'Chưa có tệp kết quả giải quyết: chuyên viên đính kèm kết quả trước khi chuyển lãnh đạo phê duyệt.'),
  resultNotSignable: () => new AppError('RESULT_NOT_SIGNABLE', 400, 'Không ký số được tệp kết quả PDF (tệp bị mã hóa hoặc hỏng).'),
  notAtStep: () => new AppError('NOT_YOUR_STEP', 403, 'Hồ sơ đang ở bước xử lý không thuộc vai trò của bạn.'),
  notLastStep: () => new AppError('NOT_LAST_STEP', 409, 'Chỉ phê duyệt hoặc từ chối ở bước cuối của quy trình; hãy chuyển bước tiếp theo.'),
  lastStep: () => new AppError('LAST_STEP', 409, 'Đây là bước cuối của quy trình: lãnh đạo phê duyệt hoặc từ chối, không chuyển tiếp.'),
  firstStep: () => new AppError('FIRST_STEP', 409, 'Hồ sơ đang ở bước đầu tiên, không thể trả lại bước trước.'),
  alreadyRated: () => new AppError('ALREADY_RATED', 409, 'Bạn đã đánh giá hồ sơ này.'),
  notRateable: () => new AppError('NOT_RATEABLE', 409, 'Chỉ đánh giá được sau khi đã nhận kết quả.'),
  resultNotReady: () => new AppError('RESULT_NOT_READY', 409, 'Kết quả chưa sẵn sàng.'),
  fileNotReady: () => new AppError('FILE_NOT_READY', 409, 'Phiếu đang được tạo và ký số, vui lòng thử lại sau giây lát.'),
  reasonRequired: () => new AppError('REASON_REQUIRED', 400, 'Vui lòng nhập lý do.'),
  dossierCodeNotFound: () => new AppError('DOSSIER_CODE_NOT_FOUND', 404, 'Không tìm thấy hồ sơ với mã này. Vui lòng kiểm tra lại mã trên giấy tiếp nhận.'),
};
