import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/**
 * Asks an RFC 3161 time-stamping authority to stamp `data` (a checkpoint's signature): a TimeStampReq with
 * the SHA-256 of the data, a nonce and certReq, posted as application/timestamp-query. Returns the DER
 * TimeStampToken (a CMS SignedData) after checking that the authority granted it and that it stamps this
 * hash with this nonce; throws otherwise.
 */
export async function timestamp(tsaUrl: string, data: Uint8Array, timeoutMs = 10_000): Promise<Buffer> {
  const digest = createHash('sha256').update(data).digest();
  const nonce = randomBytes(8);
  nonce[0]! &= 0x7f;
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: '2.16.840.1.101.3.4.2.1' }),
      hashedMessage: new asn1js.OctetString({ valueHex: digest }),
    }),
    nonce: new asn1js.Integer({ valueHex: nonce }),
    certReq: true,
  });
  const response = await fetch(tsaUrl, {
    method: 'POST', headers: { 'content-type': 'application/timestamp-query' },
    body: Buffer.from(request.toSchema().toBER(false)), signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`TSA trả lời HTTP ${response.status}`);
  const der = new Uint8Array(await response.arrayBuffer());
  const parsed = pkijs.TimeStampResp.fromBER(der);
  if (parsed.status.status !== 0 && parsed.status.status !== 1) throw new Error(`TSA từ chối (PKIStatus ${parsed.status.status})`);
  if (!parsed.timeStampToken) throw new Error('TSA không trả về dấu thời gian');
  const signed = new pkijs.SignedData({ schema: parsed.timeStampToken.content });
  const content = signed.encapContentInfo.eContent;
  if (!content) throw new Error('dấu thời gian không có nội dung TSTInfo');
  const info = pkijs.TSTInfo.fromBER(content.getValue());
  if (!Buffer.from(info.messageImprint.hashedMessage.getValue()).equals(digest)) throw new Error('dấu thời gian không đóng cho giá trị băm đã gửi');
  if (!info.nonce || !Buffer.from(info.nonce.valueBlock.valueHexView).equals(nonce)) throw new Error('dấu thời gian có nonce sai');
  return Buffer.from(parsed.timeStampToken.toSchema().toBER(false));
}
