/**
 * National payment platform, simulated (../shared/STANDARDS.md, "Online payment"): the messages INIT,
 * QUERY and GET_BILL with their `MaXacThuc` checksums, a payment page for the citizen, and the callback
 * to the partner, which it can send late, twice, never, forged or with a wrong amount.
 *
 * Partner side (as the real platform):
 *   POST /api/init          INIT → { error_code "0", UrlThanhToan }
 *   POST /api/query         QUERY → { MaLoi "00", TrangThaiGD 1 paid | 3 pending | 4 failed, ... }
 *   POST /api/get-bill      GET_BILL with NgayDoiSoat yyyyMMdd → the day's statement
 *   GET  /thanh-toan/:token the payment page; its form pays or cancels, then returns the browser to UrlTraVe
 * Control (what an operator or a test does, not the partner):
 *   POST /__partners        { MaDoiTac, secret, callbackUrl } registers a partner
 *   POST /__switches        { callback: normal | late | duplicate | none | forged | wrong_amount, lateMs,
 *                             failNext: the next n partner messages answer 503, slowMs: each partner message waits }
 *   POST /__pay/:reference  { outcome: paid | failed, bank } as if the citizen paid on the page
 *   POST /__statement       { add: [{ MaThamChieu, SoTien, NgayDoiSoat }], drop: [ref], amount: { ref: n }, move: { ref: yyyyMMdd } }
 *                           edits statements (move: the payment was collected on another day)
 *   GET  /__transactions    every transaction; GET /__callbacks every callback sent and the partner's answer
 *
 * The checksum is written here on its own, not imported from the platform's code: a mistake on one side
 * shows as a refused message instead of cancelling out.
 */
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

type Partner = { code: string; secret: string; callbackUrl: string };
type Transaction = {
  token: string; reference: string; partner: string; amount: number; info: string; returnUrl: string;
  state: 1 | 3 | 4; transactionId: string | null; bank: string | null; paidAt: string | null; createdAt: string;
};
type CallbackMode = 'normal' | 'late' | 'duplicate' | 'none' | 'forged' | 'wrong_amount';
type Sent = { reference: string; mode: CallbackMode; status: number | null; body: string; at: string };

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const sign = (fields: unknown[], secret: string) => sha256([...fields.map((f) => String(f ?? '')), secret].join('|'));

/** yyyyMMddHHmmss in Vietnam's time (UTC+7, no daylight saving). */
export function vnTimestamp(date = new Date()): string {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

const ORDER = {
  init: ['LoaiBanTin', 'PhienBan', 'MaDoiTac', 'MaThamChieu', 'SoTien', 'LoaiHinhThanhToan', 'MaKenhThanhToan', 'MaThietBi', 'NgonNgu', 'MaTienTe', 'MaNganHang', 'ThongTinGiaoDich', 'ThoiGianGD', 'Ip', 'UrlTraVe'],
  query: ['LoaiBanTin', 'PhienBan', 'MaDoiTac', 'MaThamChieu', 'ThoiGianGD'],
  getBill: ['LoaiBanTin', 'PhienBan', 'MaDoiTac', 'NgayDoiSoat', 'ThoiGianGD'],
} as const;

const BANKS: [string, string][] = [['VCB', 'Vietcombank'], ['BIDV', 'BIDV'], ['ICB', 'VietinBank'], ['VBA', 'Agribank'], ['MB', 'MB Bank']];

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const vnd = (n: number) => `${new Intl.NumberFormat('vi-VN').format(n)} đồng`;

export type PaymentPlatform = { url: string; close: () => Promise<void> };

export async function startPaymentPlatform(options: { port?: number; host?: string } = {}): Promise<PaymentPlatform> {
  const host = options.host ?? '127.0.0.1';
  const partners = new Map<string, Partner>();
  const transactions = new Map<string, Transaction>();
  const byToken = new Map<string, Transaction>();
  const callbacks: Sent[] = [];
  const switches: { callback: CallbackMode; lateMs: number; failNext: number; slowMs: number } = { callback: 'normal', lateMs: 3000, failNext: 0, slowMs: 0 };
  const statementEdits = { add: [] as { MaThamChieu: string; SoTien: number; NgayDoiSoat: string; MaGiaoDich?: string }[], drop: new Set<string>(), amount: new Map<string, number>() };
  const timers = new Set<NodeJS.Timeout>();
  let baseUrl = '';

  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  /** The confirmation the platform sends the partner, signed (or not) as the switch says. */
  const confirmation = (t: Transaction, mode: CallbackMode) => {
    const partner = partners.get(t.partner)!;
    const message = {
      LoaiBanTin: 'CONFIRM', MaLoi: t.state === 1 ? '00' : '04', MaDoiTac: t.partner, MaThamChieu: t.reference,
      SoTien: mode === 'wrong_amount' ? t.amount - 1000 : t.amount, MaTienTe: 'VND', MaGiaoDich: t.transactionId ?? '', MaNganHang: t.bank ?? '',
      ThoiGianGD: t.paidAt ?? vnTimestamp(), ThongTinGiaoDich: t.info,
    };
    const fields = [message.LoaiBanTin, message.MaLoi, message.MaDoiTac, message.MaThamChieu, message.SoTien, message.MaTienTe, message.MaGiaoDich, message.MaNganHang, message.ThoiGianGD, message.ThongTinGiaoDich];
    return { ...message, MaXacThuc: mode === 'forged' ? sign(fields, 'not-the-secret') : sign(fields, partner.secret) };
  };

  const sendCallback = async (t: Transaction, mode: CallbackMode) => {
    const partner = partners.get(t.partner);
    if (!partner) return;
    const body = JSON.stringify(confirmation(t, mode));
    const sent: Sent = { reference: t.reference, mode, status: null, body: '', at: new Date().toISOString() };
    callbacks.push(sent);
    try {
      const response = await fetch(partner.callbackUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(10_000) });
      sent.status = response.status;
      sent.body = await response.text();
    } catch (error) {
      sent.body = String((error as Error).message);
    }
  };

  /** The citizen paid or cancelled: the partner hears of it as the switch says. */
  const settle = (t: Transaction, outcome: 'paid' | 'failed', bank: string) => {
    if (t.state !== 3) return;
    t.state = outcome === 'paid' ? 1 : 4;
    t.bank = bank;
    if (outcome === 'paid') {
      t.transactionId = `GD${vnTimestamp()}${randomBytes(3).toString('hex').toUpperCase()}`;
      t.paidAt = vnTimestamp();
    }
    const mode = switches.callback;
    if (mode === 'none') return;
    if (mode === 'late') later(switches.lateMs, () => void sendCallback(t, 'normal'));
    else if (mode === 'duplicate') void sendCallback(t, 'normal').then(() => sendCallback(t, 'normal'));
    else void sendCallback(t, mode);
  };

  const statement = (partner: string, day: string) => {
    const lines = [...transactions.values()]
      .filter((t) => t.partner === partner && t.state === 1 && t.paidAt!.slice(0, 8) === day && !statementEdits.drop.has(t.reference))
      .map((t) => ({ MaThamChieu: t.reference, MaGiaoDich: t.transactionId!, SoTien: statementEdits.amount.get(t.reference) ?? t.amount, ThoiGianGD: t.paidAt!, TrangThaiGD: 1 }));
    for (const extra of statementEdits.add.filter((a) => a.NgayDoiSoat === day)) {
      lines.push({ MaThamChieu: extra.MaThamChieu, MaGiaoDich: extra.MaGiaoDich ?? `GD${randomBytes(4).toString('hex').toUpperCase()}`, SoTien: extra.SoTien, ThoiGianGD: `${day}120000`, TrangThaiGD: 1 });
    }
    return lines;
  };

  const routes: Record<string, (body: Record<string, unknown>, match: RegExpMatchArray) => [number, unknown] | Promise<[number, unknown]>> = {
    'POST /api/init': (m) => {
      const partner = partners.get(String(m.MaDoiTac));
      if (!partner) return [200, { error_code: '01', message: 'Đối tác không tồn tại' }];
      if (m.MaXacThuc !== sign(ORDER.init.map((k) => m[k]), partner.secret)) return [200, { error_code: '02', message: 'Sai mã xác thực' }];
      const amount = Number(m.SoTien);
      if (!Number.isSafeInteger(amount) || amount <= 0) return [200, { error_code: '03', message: 'Số tiền không hợp lệ' }];
      const reference = String(m.MaThamChieu);
      if (transactions.has(reference)) return [200, { error_code: '04', message: 'Mã tham chiếu đã tồn tại' }];
      const t: Transaction = {
        token: randomBytes(12).toString('hex'), reference, partner: partner.code, amount, info: String(m.ThongTinGiaoDich ?? ''),
        returnUrl: String(m.UrlTraVe ?? ''), state: 3, transactionId: null, bank: null, paidAt: null, createdAt: new Date().toISOString(),
      };
      transactions.set(reference, t);
      byToken.set(t.token, t);
      const url = `${baseUrl}/thanh-toan/${t.token}`;
      return [200, { error_code: '0', message: 'Thành công', MaThamChieu: reference, UrlThanhToan: url, MaXacThuc: sign(['0', reference, url], partner.secret) }];
    },
    'POST /api/query': (m) => {
      const partner = partners.get(String(m.MaDoiTac));
      if (!partner) return [200, { MaLoi: '01', MoTaLoi: 'Đối tác không tồn tại' }];
      if (m.MaXacThuc !== sign(ORDER.query.map((k) => m[k]), partner.secret)) return [200, { MaLoi: '02', MoTaLoi: 'Sai mã xác thực' }];
      const t = transactions.get(String(m.MaThamChieu));
      if (!t || t.partner !== partner.code) return [200, { MaLoi: '03', MoTaLoi: 'Không tìm thấy giao dịch' }];
      const answer = { MaLoi: '00', MaDoiTac: t.partner, MaThamChieu: t.reference, SoTien: t.amount, TrangThaiGD: t.state, MaGiaoDich: t.transactionId ?? '', MaNganHang: t.bank ?? '', ThoiGianGD: t.paidAt ?? '' };
      return [200, { ...answer, MaXacThuc: sign([answer.MaLoi, answer.MaDoiTac, answer.MaThamChieu, answer.SoTien, answer.TrangThaiGD, answer.MaGiaoDich], partner.secret) }];
    },
    'POST /api/get-bill': (m) => {
      const partner = partners.get(String(m.MaDoiTac));
      if (!partner) return [200, { MaLoi: '01', MoTaLoi: 'Đối tác không tồn tại' }];
      if (m.MaXacThuc !== sign(ORDER.getBill.map((k) => m[k]), partner.secret)) return [200, { MaLoi: '02', MoTaLoi: 'Sai mã xác thực' }];
      const day = String(m.NgayDoiSoat);
      const lines = statement(partner.code, day);
      const total = lines.reduce((sum, l) => sum + l.SoTien, 0);
      return [200, { MaLoi: '00', MaDoiTac: partner.code, NgayDoiSoat: day, DanhSachGiaoDich: lines, MaXacThuc: sign(['00', partner.code, day, lines.length, total], partner.secret) }];
    },
    'POST /__partners': (m) => {
      partners.set(String(m.MaDoiTac), { code: String(m.MaDoiTac), secret: String(m.secret), callbackUrl: String(m.callbackUrl) });
      return [200, { ok: true }];
    },
    'POST /__switches': (m) => {
      if (m.callback !== undefined) switches.callback = m.callback as CallbackMode;
      for (const name of ['lateMs', 'failNext', 'slowMs'] as const) if (m[name] !== undefined) switches[name] = Math.max(0, Math.floor(Number(m[name]) || 0));
      return [200, switches];
    },
    'POST /__pay/(.+)': (m, match) => {
      const t = transactions.get(decodeURIComponent(match[1]!));
      if (!t) return [404, { error: 'no such transaction' }];
      settle(t, m.outcome === 'failed' ? 'failed' : 'paid', String(m.bank ?? 'VCB'));
      return [200, t];
    },
    'POST /__statement': (m) => {
      for (const line of (m.add as typeof statementEdits.add | undefined) ?? []) statementEdits.add.push(line);
      for (const ref of (m.drop as string[] | undefined) ?? []) statementEdits.drop.add(ref);
      for (const [ref, amount] of Object.entries((m.amount as Record<string, number> | undefined) ?? {})) statementEdits.amount.set(ref, amount);
      for (const [ref, day] of Object.entries((m.move as Record<string, string> | undefined) ?? {})) {
        const t = transactions.get(ref);
        if (t?.paidAt) t.paidAt = `${day}${t.paidAt.slice(8)}`;
      }
      return [200, { ok: true }];
    },
    'GET /__transactions': () => [200, [...transactions.values()]],
    'GET /__callbacks': () => [200, callbacks],
  };

  const page = (t: Transaction, notice?: string) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thanh toán — Nền tảng thanh toán (mô phỏng)</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f3f5f9;color:#1a1a1a}main{max-width:32rem;margin:0 auto;padding:1rem}
.card{background:#fff;border-radius:8px;padding:1rem 1.25rem;box-shadow:0 1px 3px #0002}h1{font-size:1.3rem;color:#0b3d91}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem .75rem;overflow-wrap:anywhere}dt{color:#444}dd{margin:0;font-weight:600}
label{display:block;margin:.75rem 0 .25rem}select,button{font:inherit;padding:.6rem;border-radius:6px;width:100%;box-sizing:border-box}
button{border:0;margin-top:.75rem;cursor:pointer}.pay{background:#0b3d91;color:#fff}.cancel{background:#e4e7ec;color:#1a1a1a}
.notice{background:#fff4ce;padding:.5rem .75rem;border-radius:6px}</style></head>
<body><main><div class="card"><h1>Thanh toán trực tuyến</h1>
<p>Nền tảng thanh toán (bản mô phỏng dùng cho trình diễn và kiểm thử).</p>
${notice ? `<p class="notice" role="status">${escapeHtml(notice)}</p>` : ''}
<dl><dt>Số tiền</dt><dd>${escapeHtml(vnd(t.amount))}</dd><dt>Nội dung</dt><dd>${escapeHtml(t.info)}</dd><dt>Mã tham chiếu</dt><dd>${escapeHtml(t.reference)}</dd></dl>
${t.state === 3 ? `<form method="post">
<label for="bank">Ngân hàng, ví điện tử</label>
<select id="bank" name="bank">${BANKS.map(([code, name]) => `<option value="${code}">${escapeHtml(name)}</option>`).join('')}</select>
<button class="pay" name="action" value="pay" type="submit">Thanh toán ${escapeHtml(vnd(t.amount))}</button>
<button class="cancel" name="action" value="cancel" type="submit">Hủy giao dịch</button>
</form>` : `<p>Giao dịch đã ${t.state === 1 ? 'thanh toán' : 'bị hủy'}.</p>`}
</div></main></body></html>`;

  const returnTo = (t: Transaction) => {
    const url = new URL(t.returnUrl);
    url.searchParams.set('MaThamChieu', t.reference);
    url.searchParams.set('MaLoi', t.state === 1 ? '00' : '04');
    return url.toString();
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = (request.url ?? '/').split('?')[0]!;
      const json = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
      const html = (status: number, body: string) => response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(body);

      const pageMatch = path.match(/^\/thanh-toan\/([0-9a-f]{24})$/);
      if (pageMatch) {
        const t = byToken.get(pageMatch[1]!);
        if (!t) return html(404, '<!doctype html><html lang="vi"><title>Không tìm thấy</title><h1>Không tìm thấy giao dịch</h1></html>');
        if (request.method === 'GET') return html(200, page(t));
        if (request.method === 'POST') {
          const form = new URLSearchParams(raw);
          settle(t, form.get('action') === 'cancel' ? 'failed' : 'paid', form.get('bank') ?? 'VCB');
          if (!t.returnUrl) return html(200, page(t, 'Đã ghi nhận.'));
          return response.writeHead(303, { location: returnTo(t) }).end();
        }
      }
      for (const [key, handle] of Object.entries(routes)) {
        const [method, pattern] = key.split(' ');
        const match = path.match(new RegExp(`^${pattern}$`));
        if (method !== request.method || !match) continue;
        let body: Record<string, unknown> = {};
        try {
          body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
        } catch {
          return json(400, { error: 'JSON body expected' });
        }
        // A platform slow or down (the switches) is felt by the partner's messages, not by its operator.
        const partnerMessage = path.startsWith('/api/');
        const answer = async (): Promise<[number, unknown]> => {
          if (partnerMessage && switches.slowMs > 0) await new Promise((resolve) => setTimeout(resolve, switches.slowMs));
          if (partnerMessage && switches.failNext > 0) {
            switches.failNext--;
            return [503, { error: 'Hệ thống đang bảo trì' }];
          }
          return handle(body, match);
        };
        return void answer().then(([status, reply]) => json(status, reply));
      }
      json(404, { error: 'not found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  baseUrl = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
