import { AppError } from '../../platform/errors.js';

export const appointmentErrors = {
  procedureUnavailable: () => new AppError('PROCEDURE_NOT_AVAILABLE', 404, 'Thủ tục không tồn tại hoặc chưa được công bố.'),
  slotUnavailable: () => new AppError('SLOT_UNAVAILABLE', 400, 'Khung giờ này không nhận lịch hẹn (ngoài giờ làm việc, đã qua, hoặc quá 30 ngày tới).'),
  slotFull: () => new AppError('SLOT_FULL', 409, 'Khung giờ này vừa hết chỗ, vui lòng chọn khung giờ khác.'),
  alreadyBooked: () => new AppError('ALREADY_BOOKED', 409, 'Ông/Bà đã có lịch hẹn tại cơ quan này trong ngày; hủy lịch cũ trước khi đặt lịch mới.'),
  notFound: () => new AppError('APPOINTMENT_NOT_FOUND', 404, 'Không tìm thấy lịch hẹn.'),
  notCancellable: () => new AppError('APPOINTMENT_NOT_CANCELLABLE', 409, 'Lịch hẹn đã được tiếp đón hoặc đã hủy.'),
  notToday: () => new AppError('APPOINTMENT_NOT_TODAY', 409, 'Lịch hẹn không phải hôm nay.'),
  alreadyCheckedIn: () => new AppError('ALREADY_CHECKED_IN', 409, 'Lịch hẹn này đã được cấp số thứ tự.'),
  counterNotFound: () => new AppError('COUNTER_NOT_FOUND', 404, 'Không tìm thấy quầy tiếp nhận.'),
  counterExists: () => new AppError('COUNTER_EXISTS', 409, 'Cơ quan đã có quầy với tên này.'),
};
