import { AppError } from '../../platform/errors.js';

export const paymentErrors = {
  nothingToPay: () => new AppError('NOTHING_TO_PAY', 409, 'Hồ sơ không có khoản phí, lệ phí nào cần nộp.'),
  notPayableNow: () => new AppError('NOT_PAYABLE_NOW', 409, 'Hồ sơ ở trạng thái hiện tại không nộp phí được (hồ sơ nháp cần nộp trước; hồ sơ đã kết thúc thì không thu).'),
  applicantOnly: () => new AppError('PAYMENT_APPLICANT_ONLY', 403, 'Chỉ người nộp hồ sơ thanh toán trực tuyến được.'),
  receptionOnly: () => new AppError('PAYMENT_RECEPTION_ONLY', 403, 'Chỉ cán bộ tiếp nhận của cơ quan giải quyết được thu phí tại quầy.'),
  onlineUnavailable: () => new AppError('ONLINE_PAYMENT_UNAVAILABLE', 409, 'Chưa kết nối nền tảng thanh toán trực tuyến: vui lòng nộp phí tại bộ phận một cửa.'),
  platformUnavailable: () => new AppError('PAYMENT_PLATFORM_UNAVAILABLE', 502, 'Nền tảng thanh toán đang không phản hồi, vui lòng thử lại sau ít phút.'),
  notFound: () => new AppError('PAYMENT_NOT_FOUND', 404, 'Không tìm thấy giao dịch thanh toán.'),
  receiptNotReady: () => new AppError('RECEIPT_NOT_READY', 409, 'Biên lai đang được lập và ký số, vui lòng thử lại sau giây lát.'),
  callbackRefused: (verdict: string) => new AppError('PAYMENT_CALLBACK_REFUSED', 400, {
    bad_checksum: 'Mã xác thực (MaXacThuc) không đúng: thông báo bị từ chối.',
    wrong_amount: 'Số tiền không khớp với khoản phải nộp: thông báo bị từ chối.',
    malformed: 'Thông báo thanh toán thiếu hoặc sai trường dữ liệu.',
  }[verdict] ?? 'Thông báo thanh toán bị từ chối.'),
  unknownReference: () => new AppError('PAYMENT_NOT_FOUND', 404, 'Không có giao dịch với mã tham chiếu này.'),
  notReconciled: () => new AppError('NOT_RECONCILED', 404, 'Chưa đối soát ngày này.'),
  dayNotOver: () => new AppError('DAY_NOT_OVER', 400, 'Chỉ đối soát được những ngày đã qua.'),
  alreadyResolved: () => new AppError('ALREADY_RESOLVED', 409, 'Chênh lệch này đã được xử lý.'),
};
