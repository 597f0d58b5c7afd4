import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';

// jsQR is CommonJS with a function for module.exports.
const jsQR = createRequire(import.meta.url)('jsqr') as (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

/** A small real PDF, as a citizen's scan or an officer's result would be. */
export async function samplePdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  // The standard fonts only encode Latin-1: keep the sample text ASCII.
  page.drawText(text.normalize('NFD').replace(/[^\x20-\x7e]/g, ''), { x: 50, y: 780, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
}

/** The smallest valid PNG (1×1 pixel). */
export const samplePng = Uint8Array.from(Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

/** What poppler's pdfsig, an independent verifier, says of a PDF's signatures. */
export async function pdfsig(data: Buffer): Promise<string> {
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'pdfsig-')), 'document.pdf');
  await fs.writeFile(file, data);
  try {
    const { stdout } = await promisify(execFile)('pdfsig', [file]);
    return stdout;
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  } finally {
    await fs.rm(path.dirname(file), { recursive: true, force: true });
  }
}

/** The text poppler extracts from a PDF. */
export async function pdftotext(data: Buffer): Promise<string> {
  const child = promisify(execFile)('pdftotext', ['-', '-']);
  child.child.stdin!.end(data);
  return (await child).stdout;
}

/** The QR code printed on the first page of a PDF, read from poppler's rendering of it. */
export async function qrCodeOf(data: Buffer): Promise<string | undefined> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'qr-'));
  try {
    await fs.writeFile(path.join(dir, 'document.pdf'), data);
    await promisify(execFile)('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', path.join(dir, 'document.pdf'), path.join(dir, 'page')]);
    const png = PNG.sync.read(await fs.readFile(path.join(dir, 'page.png')));
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
