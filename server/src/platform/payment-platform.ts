import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The payment platform as the module sees it. One implementation speaks the national payment
 * platform's messages (`payGovProvider`); the demo and the tests point it at the simulator.
 */
export type PaymentProvider = {
  /** INIT: registers the payment; the citizen is sent to the returned page. */
  init(request: InitRequest): Promise<{ paymentUrl: string }>;
  /** QUERY: what the platform knows of a payment. */
  query(reference: string): Promise<PlatformView>;
  /** GET_BILL: the payments the platform collected for us on a day (yyyy-MM-dd, local). */
  statement(day: string): Promise<StatementLine[]>;
  /** Reads a callback; refuses it when its checksum does not hold or a field is missing. */
  verify(message: Record<string, unknown>): Confirmation | { refused: 'bad_checksum' | 'malformed' };
};

export type InitRequest = { reference: string; amount: number; description: string; returnUrl: string; payerIp: string };
export type PlatformView =
  | { state: 'paid'; amount: number; transactionId: string; bank: string | null; paidAt: Date }
  | { state: 'pending' | 'failed' | 'unknown' };
export type StatementLine = { reference: string; transactionId: string; amount: number; paidAt: Date };
export type Confirmation = { reference: string; paid: boolean; amount: number; transactionId: string | null; bank: string | null; paidAt: Date };

export class PaymentPlatformError extends Error {}

const VERSION = '1.0.6';
/** `MaXacThuc`: lowercase hex SHA-256 of the fields joined with `|`, the shared secret last. */
export const checksum = (fields: unknown[], secret: string) =>
  createHash('sha256').update([...fields.map((f) => (f === undefined || f === null ? '' : String(f))), secret].join('|'), 'utf8').digest('hex');

const sameChecksum = (given: unknown, expected: string) =>
  typeof given === 'string' && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/** yyyyMMddHHmmss (24-hour) in Vietnam's time, UTC+7 all year. */
export const platformTime = (date: Date) => new Date(date.getTime() + 7 * 3_600_000).toISOString().replace(/[-:T]/g, '').slice(0, 14);

/** The inverse of `platformTime`; null when the text is not such a time. */
export function parsePlatformTime(text: unknown): Date | null {
  const m = typeof text === 'string' ? text.match(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/) : null;
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]! - 7, +m[5]!, +m[6]!));
  return Number.isNaN(date.getTime()) || platformTime(date) !== text ? null : date;
}

export type PayGovOptions = { url: string; partnerCode: string; secret: string; timeoutMs?: number };

/** The national payment platform's messages over HTTP (../shared/STANDARDS.md, "Online payment"). */
export function payGovProvider(options: PayGovOptions): PaymentProvider {
  const { url, partnerCode, secret } = options;
  const post = async (path: string, message: Record<string, unknown>) => {
    let response: Response;
    try {
      response = await fetch(url + path, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message), signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
    } catch (error) {
      throw new PaymentPlatformError(`${path}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new PaymentPlatformError(`${path}: HTTP ${response.status}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const signed = (fields: string[], message: Record<string, unknown>) => ({ ...message, MaXacThuc: checksum(fields.map((f) => message[f]), secret) });

  return {
    async init(request) {
      const message = signed(
        ['LoaiBanTin', 'PhienBan', 'MaDoiTac', 'MaThamChieu', 'SoTien', 'LoaiHinhThanhToan', 'MaKenhThanhToan', 'MaThietBi', 'NgonNgu', 'MaTienTe', 'MaNganHang', 'ThongTinGiaoDich', 'ThoiGianGD', 'Ip', 'UrlTraVe'],
        {
          LoaiBanTin: 'INIT', PhienBan: VERSION, MaDoiTac: partnerCode, MaThamChieu: request.reference, SoTien: request.amount,
          LoaiHinhThanhToan: 'PAY', MaKenhThanhToan: '1', MaThietBi: '1', NgonNgu: 'vi-VN', MaTienTe: 'VND', MaNganHang: '',
          ThongTinGiaoDich: request.description, ThoiGianGD: platformTime(new Date()), Ip: request.payerIp, UrlTraVe: request.returnUrl,
        },
      );
      const answer = await post('/api/init', message);
      if (answer.error_code !== '0' || typeof answer.UrlThanhToan !== 'string') throw new PaymentPlatformError(`INIT refused: ${String(answer.error_code)} ${String(answer.message ?? '')}`);
      if (!sameChecksum(answer.MaXacThuc, checksum([answer.error_code, answer.MaThamChieu, answer.UrlThanhToan], secret))) throw new PaymentPlatformError('INIT answer: bad checksum');
      return { paymentUrl: answer.UrlThanhToan };
    },

    async query(reference) {
      const message = signed(['LoaiBanTin', 'PhienBan', 'MaDoiTac', 'MaThamChieu', 'ThoiGianGD'],
        { LoaiBanTin: 'QUERY', PhienBan: VERSION, MaDoiTac: partnerCode, MaThamChieu: reference, ThoiGianGD: platformTime(new Date()) });
      const a = await post('/api/query', message);
      if (a.MaLoi === '03') return { state: 'unknown' };
      if (a.MaLoi !== '00') throw new PaymentPlatformError(`QUERY refused: ${String(a.MaLoi)} ${String(a.MoTaLoi ?? '')}`);
      if (!sameChecksum(a.MaXacThuc, checksum([a.MaLoi, a.MaDoiTac, a.MaThamChieu, a.SoTien, a.TrangThaiGD, a.MaGiaoDich], secret)) || a.MaThamChieu !== reference) {
        throw new PaymentPlatformError('QUERY answer: bad checksum');
      }
      // TrangThaiGD: 1 paid, 3 pending, 4 failed.
      if (Number(a.TrangThaiGD) === 1) {
        return { state: 'paid', amount: Number(a.SoTien), transactionId: String(a.MaGiaoDich), bank: a.MaNganHang ? String(a.MaNganHang) : null, paidAt: parsePlatformTime(a.ThoiGianGD) ?? new Date() };
      }
      return { state: Number(a.TrangThaiGD) === 4 ? 'failed' : 'pending' };
    },

    async statement(day) {
      const NgayDoiSoat = day.replace(/-/g, '');
      const message = signed(['LoaiBanTin', 'PhienBan', 'MaDoiTac', 'NgayDoiSoat', 'ThoiGianGD'],
        { LoaiBanTin: 'GET_BILL', PhienBan: VERSION, MaDoiTac: partnerCode, NgayDoiSoat, ThoiGianGD: platformTime(new Date()) });
      const a = await post('/api/get-bill', message);
      if (a.MaLoi !== '00' || !Array.isArray(a.DanhSachGiaoDich)) throw new PaymentPlatformError(`GET_BILL refused: ${String(a.MaLoi)} ${String(a.MoTaLoi ?? '')}`);
      const lines = a.DanhSachGiaoDich as Record<string, unknown>[];
      const total = lines.reduce((sum, l) => sum + Number(l.SoTien), 0);
      if (!sameChecksum(a.MaXacThuc, checksum([a.MaLoi, a.MaDoiTac, a.NgayDoiSoat, lines.length, total], secret))) throw new PaymentPlatformError('GET_BILL answer: bad checksum');
      return lines.map((l) => ({ reference: String(l.MaThamChieu), transactionId: String(l.MaGiaoDich), amount: Number(l.SoTien), paidAt: parsePlatformTime(l.ThoiGianGD) ?? new Date(`${day}T12:00:00+07:00`) }));
    },

    verify(m) {
      const fields = [m.LoaiBanTin, m.MaLoi, m.MaDoiTac, m.MaThamChieu, m.SoTien, m.MaTienTe, m.MaGiaoDich, m.MaNganHang, m.ThoiGianGD, m.ThongTinGiaoDich];
      const amount = Number(m.SoTien);
      if (typeof m.MaThamChieu !== 'string' || !Number.isSafeInteger(amount) || typeof m.MaLoi !== 'string' || m.MaDoiTac !== partnerCode) return { refused: 'malformed' };
      if (!sameChecksum(m.MaXacThuc, checksum(fields, secret))) return { refused: 'bad_checksum' };
      return {
        reference: m.MaThamChieu, paid: m.MaLoi === '00', amount, transactionId: m.MaGiaoDich ? String(m.MaGiaoDich) : null,
        bank: m.MaNganHang ? String(m.MaNganHang) : null, paidAt: parsePlatformTime(m.ThoiGianGD) ?? new Date(),
      };
    },
  };
}
