// Checks the signatures of signed PDFs (forms, results, documents) as an independent reader would: says
// when a document was modified after it was signed and judges each signer's certificate against the
// trusted CAs (the PKI folder's demo CA and trusted/*.pem); exits 1 when a signature is invalid, the
// document changed or a certificate is expired or from an unknown CA.
//   npm run pdf:verify -- giay-tiep-nhan.pdf [more.pdf ...]
import fs from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { verifySignedPdf } from '../platform/pdf-verify.js';
import { trustedCaCertificates } from '../platform/signing.js';

const CERTIFICATE = { valid: 'chứng thư hợp lệ', expired: 'CHỨNG THƯ ĐÃ HẾT HẠN', not_yet_valid: 'CHỨNG THƯ CHƯA CÓ HIỆU LỰC', untrusted: 'CHỨNG THƯ KHÔNG DO CA TIN CẬY CẤP' };
const trusted = await trustedCaCertificates(loadConfig().pkiDir);

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Cách dùng: npm run pdf:verify -- <tệp.pdf> [...]');
  process.exitCode = 2;
  files.length = 0;
}
let ok = true;
for (const file of files) {
  // `npm run` starts this in server/: paths are taken from where the command was typed.
  const reports = await verifySignedPdf(await fs.readFile(path.resolve(process.env.INIT_CWD ?? process.cwd(), file)), trusted);
  console.log(`${file}:`);
  if (reports.length === 0) {
    console.log('  không có chữ ký số');
    ok = false;
  }
  for (const [i, r] of reports.entries()) {
    const verdict = !r.valid ? 'CHỮ KÝ KHÔNG HỢP LỆ' : r.modifiedAfterSigning ? 'ĐÃ BỊ SỬA ĐỔI SAU KHI KÝ' : 'hợp lệ, không bị sửa sau khi ký';
    const certificate = r.certificate ? `; ${CERTIFICATE[r.certificate]}` : '';
    console.log(`  chữ ký ${i + 1}: ${verdict}; người ký: ${r.signer ?? 'không rõ'}${certificate}${r.certified ? '; chữ ký chứng nhận (DocMDP): không được sửa nội dung sau khi ký' : ''}`);
    if (!r.valid || r.modifiedAfterSigning || (r.certificate && r.certificate !== 'valid')) ok = false;
  }
}
process.exitCode = ok ? 0 : 1;
