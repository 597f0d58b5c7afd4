import sharp from 'sharp';
import type { ApiClient, ApiResponse } from '../test-app.js';

/** Points of the demo areas (server/src/demo/feedback.ts). */
export const POINTS = {
  chiLang: { lat: 21.85, lng: 106.765 },
  hopThanh: { lat: 21.945, lng: 106.895 },
  /** Hà Nội: outside every loaded area. */
  outside: { lat: 21.03, lng: 105.85 },
};

export type PhotoFile = { name: string; type: string; data: Buffer };

/** A multipart submission as the browser's form sends it: the `report` JSON, then the photos. */
export async function submitFeedback(client: ApiClient, report: Record<string, unknown>, photos: PhotoFile[] = []): Promise<ApiResponse> {
  const form = new FormData();
  form.append('report', JSON.stringify(report));
  for (const photo of photos) form.append('photos', new Blob([new Uint8Array(photo.data)], { type: photo.type }), photo.name);
  // The client's cookie jar and CSRF token are its own: borrowed here for a request with several files.
  const inner = client as unknown as { csrf(): Promise<string>; cookies: Map<string, string> };
  const token = await inner.csrf();
  const cookie = [...inner.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const response = await fetch(`${client.baseUrl}/api/feedback/reports`, {
    method: 'POST', headers: { 'x-csrf-token': token, ...(cookie ? { cookie } : {}) }, body: form,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON
  }
  return { status: response.status, body, headers: response.headers };
}

/** A report of an anonymous visitor, valid unless overridden. */
export const anonymousReport = (categoryId: number, overrides: Record<string, unknown> = {}) => ({
  categoryId, title: 'Đèn đường hỏng nhiều ngày', description: 'Cả dãy đèn đường trước trường tiểu học tắt từ tuần trước, buổi tối rất tối.',
  location: POINTS.chiLang, address: null, anonymousToPublic: true, channels: ['email'],
  reporter: { fullName: 'Trần Thị Bí Mật', email: 'bimat.tran@example.vn', phone: '0912345678' },
  ...overrides,
});

/** A JPEG photo taken by a phone: EXIF with a GPS position and a camera, rotated by its orientation tag. */
export async function phonePhoto(options: { width?: number; height?: number; orientation?: number } = {}): Promise<PhotoFile> {
  const data = await sharp({ create: { width: options.width ?? 64, height: options.height ?? 32, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .withMetadata(options.orientation ? { orientation: options.orientation } : {})
    .withExif({
      IFD0: { Make: 'DemoPhone', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 51/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 45/1 54/1' },
    })
    .jpeg()
    .toBuffer();
  return { name: 'anh.jpg', type: 'image/jpeg', data };
}
