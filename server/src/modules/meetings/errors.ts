import { AppError } from '../../platform/errors.js';

const TOKEN_REASONS = {
  expired: 'Mã vào phòng họp đã hết hạn.',
  not_yet: 'Phòng họp chưa mở: mã vào phòng chỉ dùng được từ 30 phút trước giờ họp.',
  wrong_room: 'Mã vào phòng không dành cho phòng họp này.',
  invalid: 'Mã vào phòng họp không hợp lệ.',
} as const;

export const meetingErrors = {
  notFound: () => new AppError('MEETING_NOT_FOUND', 404, 'Không tìm thấy cuộc họp.'),
  endpointNotFound: () => new AppError('MEETING_ENDPOINT_NOT_FOUND', 404, 'Không tìm thấy điểm cầu.'),
  staffOnly: () => new AppError('MEETING_STAFF_ONLY', 403, 'Chỉ cán bộ của cơ quan nhà nước được xem họp trực tuyến.'),
  organiserOnly: () => new AppError('MEETING_ORGANISER_ONLY', 403, 'Chỉ lãnh đạo của cơ quan chủ trì được tổ chức cuộc họp và ghi điểm danh, biên bản.'),
  agencyUnknown: () => new AppError('MEETING_AGENCY_UNKNOWN', 404, 'Không tìm thấy cơ quan trong phạm vi quản trị của bạn.'),
  endpointNameTaken: () => new AppError('MEETING_ENDPOINT_NAME_TAKEN', 409, 'Cơ quan đã có điểm cầu cùng tên.'),
  badTime: () => new AppError('MEETING_TIME_INVALID', 400, 'Thời gian họp không hợp lệ: giờ kết thúc phải sau giờ bắt đầu, cuộc họp dài tối đa 12 giờ và chưa diễn ra.'),
  badParticipant: () => new AppError('MEETING_PARTICIPANT_INVALID', 400, 'Cơ quan hoặc điểm cầu được chọn không có điểm cầu đang hoạt động.'),
  tooFewEndpoints: () => new AppError('MEETING_TOO_FEW_ENDPOINTS', 400, 'Cuộc họp trực tuyến cần ít nhất hai điểm cầu: chọn thêm cơ quan hoặc cấp tham dự.'),
  notParticipant: () => new AppError('MEETING_NOT_PARTICIPANT', 404, 'Điểm cầu này không tham dự cuộc họp.'),
  roomClosed: () => new AppError('MEETING_ROOM_CLOSED', 409, 'Phòng họp chỉ mở từ 30 phút trước giờ họp đến 1 giờ sau giờ kết thúc.'),
  notStarted: () => new AppError('MEETING_NOT_STARTED', 409, 'Cuộc họp chưa bắt đầu: chưa lập biên bản được.'),
  minutesExist: () => new AppError('MEETING_MINUTES_EXIST', 409, 'Cuộc họp đã có biên bản.'),
  keyUnknown: () => new AppError('MEETING_ENDPOINT_KEY_UNKNOWN', 404, 'Đường dẫn điểm cầu không hợp lệ, đã được cấp lại hoặc điểm cầu đã ngừng hoạt động.'),
  tokenInvalid: (reason: keyof typeof TOKEN_REASONS) => new AppError('MEETING_TOKEN_INVALID', 401, TOKEN_REASONS[reason], { reason }),
  videoUnconfigured: () => new AppError('MEETING_VIDEO_UNCONFIGURED', 503, 'Chưa cấu hình máy chủ họp trực tuyến (JITSI_APP_SECRET): liên hệ quản trị hệ thống.'),
  dateRange: () => new AppError('MEETING_DATE_RANGE', 400, 'Khoảng thời gian thống kê không hợp lệ: từ tháng phải trước đến tháng, tối đa 36 tháng.'),
};
