import { AppError } from '../../platform/errors.js';

export const contentErrors = {
  /** Text that meets its length only with the spaces around it. */
  tooShort: (field: string, min: number) => new AppError('VALIDATION_FAILED', 400, 'Dữ liệu gửi lên không hợp lệ.', [{ field, message: `phải có ít nhất ${min} ký tự (không kể khoảng trắng đầu, cuối)` }]),
  questionNotFound: () => new AppError('QUESTION_NOT_FOUND', 404, 'Không tìm thấy câu hỏi.'),
  questionWrongState: (action: string) => new AppError('QUESTION_WRONG_STATE', 409, `Câu hỏi ở trạng thái hiện tại không thể ${action}.`),
  visitorContact: () => new AppError('QUESTION_CONTACT_REQUIRED', 400, 'Vui lòng nhập họ tên và địa chỉ thư điện tử để nhận câu trả lời, hoặc đăng nhập.'),
  procedureUnknown: () => new AppError('QUESTION_PROCEDURE_UNKNOWN', 400, 'Thủ tục hành chính được chọn không tồn tại hoặc chưa công bố.'),
  agencyUnknown: () => new AppError('QUESTION_AGENCY_UNKNOWN', 400, 'Cơ quan được chọn không tồn tại.'),
  answererOnly: () => new AppError('QUESTION_ANSWERER_ONLY', 403, 'Chỉ chuyên viên, lãnh đạo của cơ quan được hỏi được trả lời câu hỏi.'),
  leaderOnly: () => new AppError('QUESTION_LEADER_ONLY', 403, 'Chỉ lãnh đạo của cơ quan được hỏi được công bố câu trả lời.'),
  duplicateUnknown: () => new AppError('QUESTION_DUPLICATE_UNKNOWN', 400, 'Câu hỏi trùng phải trỏ tới một câu hỏi khác đã được trả lời công khai.'),
  articleNotFound: () => new AppError('ARTICLE_NOT_FOUND', 404, 'Không tìm thấy bài viết.'),
  articleWrongState: (action: string) => new AppError('ARTICLE_WRONG_STATE', 409, `Bài viết ở trạng thái hiện tại không thể ${action}.`),
  editorOnly: () => new AppError('ARTICLE_EDITOR_ONLY', 403, 'Chỉ biên tập viên của cơ quan được viết, sửa và trình bài viết.'),
  approverOnly: () => new AppError('ARTICLE_APPROVER_ONLY', 403, 'Chỉ lãnh đạo của cơ quan hoặc quản trị tỉnh được duyệt, trả lại bài viết.'),
  slugTaken: () => new AppError('ARTICLE_SLUG_TAKEN', 409, 'Đường dẫn (slug) đã được bài viết khác dùng: vui lòng chọn đường dẫn khác.'),
  slugInvalid: () => new AppError('ARTICLE_SLUG_INVALID', 400, 'Không tạo được đường dẫn từ tiêu đề: vui lòng nhập đường dẫn gồm chữ không dấu, số và dấu gạch ngang.'),
  bodyEmpty: () => new AppError('ARTICLE_BODY_EMPTY', 400, 'Nội dung bài viết trống (sau khi loại bỏ các thành phần không được phép).'),
  imageUnknown: () => new AppError('ARTICLE_IMAGE_UNKNOWN', 400, 'Ảnh đại diện phải là ảnh đã tải lên của cơ quan.'),
  imageOnly: () => new AppError('IMAGE_TYPE_NOT_ALLOWED', 415, 'Chỉ chấp nhận ảnh JPEG hoặc PNG (kiểm tra theo nội dung tệp).'),
  imageNotFound: () => new AppError('IMAGE_NOT_FOUND', 404, 'Không tìm thấy ảnh.'),
};
