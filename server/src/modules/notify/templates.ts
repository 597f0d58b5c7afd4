/**
 * What the platform says to people, per event, in Vietnamese: an email (subject and text) and a short
 * text for SMS and app messages (with diacritics: the providers carry Unicode). Pure.
 */
export type Template =
  | 'received' | 'rejected' | 'supplement_requested' | 'awaiting_payment' | 'payment_confirmed' | 'result_ready'
  | 'overdue_apology' | 'appointment_reminder' | 'officer_digest';

export type Message = { subject: string; text: string; short: string };

type DossierVars = { fullName: string; procedureName: string; reference: string; agencyName: string; lookupUrl: string; note?: string | null };

const greeting = (v: { fullName: string }) => `Kính gửi Ông/Bà ${v.fullName},`;
const signature = (agency: string) => ['', `${agency}`, 'Cổng dịch vụ công — thư tự động, vui lòng không trả lời.'];
const follow = (v: DossierVars) => `Theo dõi hồ sơ: ${v.lookupUrl}?ma=${encodeURIComponent(v.reference)}`;

export function dossierMessage(template: Exclude<Template, 'officer_digest' | 'appointment_reminder'>, v: DossierVars & { amount?: string; dueDate?: string }): Message {
  const lines = (...body: string[]) => [greeting(v), '', ...body, '', follow(v), ...signature(v.agencyName)].join('\n');
  switch (template) {
    case 'received':
      return {
        subject: `Hồ sơ ${v.reference} đã được tiếp nhận`,
        text: lines(`${v.agencyName} đã tiếp nhận hồ sơ "${v.procedureName}" của Ông/Bà, mã hồ sơ ${v.reference}.`, ...(v.dueDate ? [`Ngày hẹn trả kết quả: ${v.dueDate}.`] : [])),
        short: `${v.agencyName} đã tiếp nhận hồ sơ ${v.reference}${v.dueDate ? `, hẹn trả kết quả ${v.dueDate}` : ''}.`,
      };
    case 'rejected':
      return {
        subject: `Hồ sơ ${v.reference} không được tiếp nhận`,
        text: lines(`Hồ sơ "${v.procedureName}" không được tiếp nhận.`, ...(v.note ? [`Lý do: ${v.note}`] : []), 'Phiếu từ chối (mẫu 03) có trong trang hồ sơ.'),
        short: `Hồ sơ ${v.reference} không được tiếp nhận${v.note ? `: ${v.note}` : ''}.`,
      };
    case 'supplement_requested':
      return {
        subject: `Hồ sơ ${v.reference} cần bổ sung`,
        text: lines(`Hồ sơ "${v.procedureName}" cần được bổ sung, hoàn thiện.`, ...(v.note ? [`Nội dung: ${v.note}`] : []),
          'Thời gian giải quyết tạm dừng cho đến khi Ông/Bà nộp bổ sung trên Cổng dịch vụ công hoặc tại bộ phận một cửa.'),
        short: `Hồ sơ ${v.reference} cần bổ sung${v.note ? `: ${v.note}` : ''}. Vui lòng nộp bổ sung trên Cổng dịch vụ công.`,
      };
    case 'awaiting_payment':
      return {
        subject: `Hồ sơ ${v.reference}: mời nộp phí, lệ phí`,
        text: lines(`Hồ sơ "${v.procedureName}" chờ nộp phí, lệ phí${v.amount ? ` ${v.amount}` : ''}.`, 'Ông/Bà có thể thanh toán trực tuyến trong trang hồ sơ hoặc nộp tại bộ phận một cửa.'),
        short: `Hồ sơ ${v.reference} chờ nộp phí, lệ phí${v.amount ? ` ${v.amount}` : ''}: thanh toán trên Cổng dịch vụ công.`,
      };
    case 'payment_confirmed':
      return {
        subject: `Đã nhận phí, lệ phí hồ sơ ${v.reference}`,
        text: lines(`${v.agencyName} đã nhận khoản nộp${v.amount ? ` ${v.amount}` : ''} cho hồ sơ "${v.procedureName}".`, 'Biên lai điện tử có trong trang hồ sơ.'),
        short: `Đã nhận${v.amount ? ` ${v.amount}` : ''} phí, lệ phí hồ sơ ${v.reference}. Biên lai điện tử trong trang hồ sơ.`,
      };
    case 'result_ready':
      return {
        subject: `Hồ sơ ${v.reference} đã có kết quả`,
        text: lines(`Hồ sơ "${v.procedureName}" đã được giải quyết.`, 'Ông/Bà tải kết quả điện tử trong trang hồ sơ, hoặc nhận bản giấy theo hình thức đã chọn.'),
        short: `Hồ sơ ${v.reference} đã có kết quả: nhận trên Cổng dịch vụ công hoặc tại bộ phận một cửa.`,
      };
    case 'overdue_apology':
      return {
        subject: `Xin lỗi về việc chậm trả kết quả hồ sơ ${v.reference}`,
        text: lines(`${v.agencyName} xin lỗi Ông/Bà vì hồ sơ "${v.procedureName}" chưa được giải quyết đúng hạn.`,
          ...(v.note ? [`Lý do: ${v.note}`] : []), ...(v.dueDate ? [`Ngày hẹn trả kết quả mới: ${v.dueDate}.`] : []), 'Văn bản xin lỗi (mẫu 04) có trong trang hồ sơ.'),
        short: `${v.agencyName} xin lỗi vì hồ sơ ${v.reference} chậm trả kết quả${v.dueDate ? `; hẹn lại ${v.dueDate}` : ''}.`,
      };
  }
}

export function appointmentReminder(v: { fullName: string; procedureName: string; counterName: string; agencyName: string; startsAt: string; address?: string | null }): Message {
  return {
    subject: `Nhắc lịch hẹn nộp hồ sơ lúc ${v.startsAt}`,
    text: [greeting(v), '', `Ông/Bà có lịch hẹn tại ${v.counterName}, ${v.agencyName}${v.address ? ` (${v.address})` : ''} lúc ${v.startsAt} để làm thủ tục "${v.procedureName}".`,
      'Khi đến, Ông/Bà lấy số thứ tự tại quầy bằng mã lịch hẹn.', ...signature(v.agencyName)].join('\n'),
    short: `Nhắc lịch hẹn: ${v.startsAt} tại ${v.counterName}, ${v.agencyName} (${v.procedureName}).`,
  };
}

export function officerDigest(v: { fullName: string; day: string; dueToday: number; dueTomorrow: number; overdue: number; submitted: number; url: string }): Message {
  const items = [
    v.overdue > 0 ? `- ${v.overdue} hồ sơ đã quá hạn` : null,
    v.dueToday > 0 ? `- ${v.dueToday} hồ sơ đến hạn hôm nay` : null,
    v.dueTomorrow > 0 ? `- ${v.dueTomorrow} hồ sơ đến hạn ngày mai` : null,
    v.submitted > 0 ? `- ${v.submitted} hồ sơ mới nộp chờ tiếp nhận` : null,
  ].filter((x): x is string => x !== null);
  return {
    subject: `Hồ sơ cần xử lý ngày ${v.day}`,
    text: [`Kính gửi ${v.fullName},`, '', `Công việc ngày ${v.day}:`, ...items, '', `Danh sách hồ sơ: ${v.url}`, '', 'Cổng dịch vụ công — thư tự động.'].join('\n'),
    short: `Ngày ${v.day}: ${items.map((i) => i.slice(2)).join('; ')}.`,
  };
}
