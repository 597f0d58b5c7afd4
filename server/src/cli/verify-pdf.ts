// Checks the signatures of signed PDFs (forms, results) as an independent reader would, and says when a
// document was modified after it was signed; exits 1 when a signature is invalid or the document changed.
//   npm run pdf:verify -- giay-tiep-nhan.pdf [more.pdf ...]
import fs from 'node:fs/promises';
import path from 'node:path';
import { verifySignedPdf } from '../platform/pdf-verify.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Cách dùng: npm run pdf:verify -- <tệp.pdf> [...]');
  process.exitCode = 2;
  files.length = 0;
}
let ok = true;
for (const file of files) {
  // `npm run` starts this in server/: paths are taken from where the command was typed.
  const reports = await verifySignedPdf(await fs.readFile(path.resolve(process.env.INIT_CWD ?? process.cwd(), file)));
  console.log(`${file}:`);
  if (reports.length === 0) {
    console.log('  không có chữ ký số');
    ok = false;
  }
  for (const [i, r] of reports.entries()) {
    const verdict = !r.valid ? 'CHỮ KÝ KHÔNG HỢP LỆ' : r.modifiedAfterSigning ? 'ĐÃ BỊ SỬA ĐỔI SAU KHI KÝ' : 'hợp lệ, toàn bộ tài liệu được ký';
    console.log(`  chữ ký ${i + 1}: ${verdict}; người ký: ${r.signer ?? 'không rõ'}${r.certified ? '; chữ ký chứng nhận (DocMDP): không được sửa nội dung sau khi ký' : ''}`);
    if (!r.valid || r.modifiedAfterSigning) ok = false;
  }
}
process.exitCode = ok ? 0 : 1;
