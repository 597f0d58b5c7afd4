import { X509Certificate } from 'node:crypto';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import forge from 'node-forge';
import { SignedXml } from 'xml-crypto';

/**
 * edXML packages of QCVN 102:2016/BTTTT (the national format for exchanging electronic documents
 * between agencies): building, signing (XML-DSig), parsing and verifying. Pure functions: no HTTP, no SQL.
 *
 * Layout (as in the standard's SDK samples):
 *   <edXML xmlns="…QCVN_102_2016">
 *     <edXML:edXMLEnvelope xmlns:edXML="…QCVN_102_2016">
 *       <edXML:edXMLHeader> MessageHeader | Status, TraceHeaderList, ds:Signature </edXML:edXMLHeader>
 *       <edXML:edXMLBody> edXMLManifest/Reference xlink:href="cid:…" </edXML:edXMLBody>
 *     </edXML:edXMLEnvelope>
 *     <AttachmentEncoded> Attachment{ContentType, ContentId, Description, ContentTransferEncoded, AttachmentName} </AttachmentEncoded>
 *   </edXML>
 */

export const EDXML_NS = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

export type EdxmlOrgan = {
  organId: string; organName: string; organizationInCharge?: string; organAdd?: string;
  email?: string; telephone?: string; fax?: string; website?: string;
};
export type EdxmlAttachment = { contentId: string; name: string; contentType: string; description?: string; content: Buffer };
export type EdxmlStaff = { department?: string; staff?: string; mobile?: string; email?: string };
export type EdxmlMessage = {
  from: EdxmlOrgan; to: EdxmlOrgan[];
  codeNumber: string; codeNotation: string;
  /** ISO yyyy-mm-dd in the API, yyyy/MM/dd in the XML. */
  place: string; promulgationDate: string;
  documentType: { type: number; typeName: string };
  subject: string; content?: string;
  signer: { competence: string; position: string; fullName: string };
  /** ISO date. */
  dueDate?: string | null;
  /** OtherInfo/Priority: 0 Thường, 1 Khẩn, 2 Thượng khẩn, 3 Hỏa tốc, 4 Hỏa tốc hẹn giờ. */
  toPlaces: string[]; priority: 0 | 1 | 2 | 3 | 4;
  steeringType?: number; pageAmount?: number; promulgationAmount?: number; appendixes?: number;
  sphereOfPromulgation?: string; typerNotation?: string;
  responseFor?: { organId: string; code: string; promulgationDate: string; documentId: string } | null;
  /** `{OrganId},{yyyy/MM/dd},{number}/{symbol}`; computed by documentIdOf on build if empty. */
  documentId: string;
  /** TraceHeaderList/TraceHeader: one per hop, the sender adds its own. */
  traces: { organId: string; timestamp: Date }[];
  /** TraceHeaderList/Bussiness: docType 0 new, 1 recall, 2 update, 3 replace; paper 1 when a paper copy follows. */
  business: { docType: 0 | 1 | 2 | 3; reason?: string; paper: 0 | 1; staff?: EdxmlStaff };
  attachments: EdxmlAttachment[];
};
/** Status codes: 01 arrived, 02 rejected, 03 accepted/registered, 04 assigned, 05 in progress, 06 completed, 13 recall requested, 15 recall accepted, 16 recall refused. */
export type EdxmlStatusCode = '01' | '02' | '03' | '04' | '05' | '06' | '13' | '15' | '16';
export type EdxmlStatus = {
  responseFor: { organId: string; code: string; documentId: string; promulgationDate: string };
  from: EdxmlOrgan; statusCode: EdxmlStatusCode; description: string; timestamp: Date; staff?: EdxmlStaff;
};
export type SigningKey = { p12: Buffer; passphrase: string };
export type EdxmlRefusal = 'malformed' | 'unsigned' | 'bad_signature' | 'untrusted_certificate' | 'expired_certificate' | 'missing_field' | 'bad_attachment';

export class EdxmlError extends Error {
  /** `message` is Vietnamese, for people. */
  constructor(readonly reason: EdxmlRefusal, message: string) {
    super(message);
    this.name = 'EdxmlError';
  }
}

const STATUS_CODES: readonly string[] = ['01', '02', '03', '04', '05', '06', '13', '15', '16'];

// ---------------------------------------------------------------- dates

const VN_OFFSET_MS = 7 * 3_600_000; // Vietnam: UTC+7, no daylight saving
const pad = (n: number) => String(n).padStart(2, '0');

/** `yyyy/MM/dd HH:mm:ss` in Vietnam time, whatever the machine's time zone. */
export function vnTimestamp(date: Date): string {
  const d = new Date(date.getTime() + VN_OFFSET_MS);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function parseVnTimestamp(value: string, field: string): Date {
  const m = /^(\d{4})[/-](\d{2})[/-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) throw new EdxmlError('malformed', `Trường ${field} không đúng định dạng yyyy/MM/dd HH:mm:ss: "${value}".`);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - VN_OFFSET_MS);
}

/** ISO yyyy-mm-dd (or already yyyy/MM/dd) → yyyy/MM/dd, the standard's date form. */
function edDate(iso: string): string {
  const m = /^(\d{4})[-/](\d{2})[-/](\d{2})$/.exec(iso.trim());
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  return `${m[1]}/${m[2]}/${m[3]}`;
}

function isoDate(value: string, field: string): string {
  const m = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[ T][\d:.]*)?$/.exec(value.trim()); // a time after the date is ignored
  if (!m) throw new EdxmlError('malformed', `Trường ${field} không đúng định dạng yyyy/MM/dd: "${value}".`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** MessageHeader/DocumentId: `{OrganId},{yyyy/MM/dd},{number}/{symbol}`, e.g. `000.00.12.H33,2026/11/28,15/QĐ-UBND`. */
export function documentIdOf(organId: string, promulgationDate: string, codeNumber: string, codeNotation: string): string {
  return `${organId},${edDate(promulgationDate)},${codeNumber}/${codeNotation}`;
}

// ---------------------------------------------------------------- building

/** An element: text content, or children (null/undefined children are optional elements left out). */
type XNode = { name: string; attrs?: Record<string, string>; text?: string; children?: (XNode | null)[] };

// XML 1.0 cannot carry most C0 control characters, so they are dropped; CR is kept as a reference.
const escape = (s: string) => s
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#xD;');

function render(node: XNode, indent = ''): string {
  const attrs = Object.entries(node.attrs ?? {}).map(([k, v]) => ` ${k}="${escape(v)}"`).join('');
  const children = (node.children ?? []).filter((c): c is XNode => c !== null);
  if (node.text === undefined && children.length === 0) return `${indent}<${node.name}${attrs}/>`;
  if (node.text !== undefined) return `${indent}<${node.name}${attrs}>${escape(node.text)}</${node.name}>`;
  return `${indent}<${node.name}${attrs}>\n${children.map((c) => render(c, indent + '  ')).join('\n')}\n${indent}</${node.name}>`;
}

// Elements inside edXMLEnvelope carry the edXML prefix; AttachmentEncoded uses the root's default namespace.
const el = (name: string, content?: string | number | (XNode | null)[], attrs?: Record<string, string>): XNode =>
  Array.isArray(content) ? { name: `edXML:${name}`, attrs, children: content }
    : { name: `edXML:${name}`, attrs, text: content === undefined ? undefined : String(content) };
/** An optional element: left out when it has no value. */
const opt = (name: string, value: string | number | null | undefined): XNode | null =>
  value === undefined || value === null || value === '' ? null : el(name, value);

const organ = (name: string, o: EdxmlOrgan) => el(name, [
  el('OrganId', o.organId), opt('OrganizationInCharge', o.organizationInCharge), el('OrganName', o.organName),
  opt('OrganAdd', o.organAdd), opt('Email', o.email), opt('Telephone', o.telephone), opt('Fax', o.fax), opt('Website', o.website),
]);

const staffInfo = (s: EdxmlStaff | undefined) => s
  ? el('StaffInfo', [opt('Department', s.department), opt('Staff', s.staff), opt('Mobile', s.mobile), opt('Email', s.email)])
  : null;

function envelopeXml(header: (XNode | null)[], body: XNode | null, attachmentsEncoded: XNode | null): string {
  const envelope = el('edXMLEnvelope', [el('edXMLHeader', header), body], { 'xmlns:edXML': EDXML_NS });
  const root: XNode = { name: 'edXML', attrs: { xmlns: EDXML_NS }, children: [envelope, attachmentsEncoded] };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root)}\n`;
}

/** The unsigned edXML package of a document (QCVN 102:2016 §2: MessageHeader, TraceHeaderList, manifest, attachments). */
export function buildEdxml(message: EdxmlMessage): string {
  const m = message;
  const documentId = m.documentId || documentIdOf(m.from.organId, m.promulgationDate, m.codeNumber, m.codeNotation);
  const messageHeader = el('MessageHeader', [
    organ('From', m.from),
    ...m.to.map((to) => organ('To', to)),
    el('Code', [el('CodeNumber', m.codeNumber), el('CodeNotation', m.codeNotation)]),
    el('PromulgationInfo', [el('Place', m.place), el('PromulgationDate', edDate(m.promulgationDate))]),
    el('DocumentType', [el('Type', m.documentType.type), el('TypeName', m.documentType.typeName)]),
    el('Subject', m.subject),
    opt('Content', m.content),
    el('SignerInfo', [el('Competence', m.signer.competence), el('Position', m.signer.position), el('FullName', m.signer.fullName)]),
    opt('DueDate', m.dueDate ? edDate(m.dueDate) : null),
    el('ToPlaces', m.toPlaces.map((place) => el('Place', place))),
    el('OtherInfo', [
      el('Priority', m.priority), opt('SphereOfPromulgation', m.sphereOfPromulgation), opt('TyperNotation', m.typerNotation),
      opt('PromulgationAmount', m.promulgationAmount), opt('PageAmount', m.pageAmount), opt('Appendixes', m.appendixes),
    ]),
    m.responseFor ? el('ResponseFor', [
      el('OrganId', m.responseFor.organId), el('Code', m.responseFor.code),
      el('PromulgationDate', edDate(m.responseFor.promulgationDate)), el('DocumentId', m.responseFor.documentId),
    ]) : null,
    opt('SteeringType', m.steeringType),
    el('DocumentId', documentId),
  ]);
  const traceHeaderList = el('TraceHeaderList', [
    ...m.traces.map((t) => el('TraceHeader', [el('OrganId', t.organId), el('Timestamp', vnTimestamp(t.timestamp))])),
    el('Bussiness', [ // sic: the standard spells it "Bussiness"
      el('BussinessDocType', m.business.docType), opt('BussinessDocReason', m.business.reason), el('DocumentId', documentId),
      staffInfo(m.business.staff), el('Paper', m.business.paper),
    ]),
  ]);
  const manifest = el('edXMLBody', [el('edXMLManifest', m.attachments.map((a) => el('Reference', [
    el('AttachmentName', a.name), el('ContentType', a.contentType), opt('Description', a.description),
  ], { 'xmlns:xlink': XLINK_NS, 'xlink:href': `cid:${a.contentId}`, 'xlink:type': 'simple' })))]);
  const encoded: XNode | null = m.attachments.length === 0 ? null : {
    name: 'AttachmentEncoded',
    children: m.attachments.map((a): XNode => ({
      name: 'Attachment',
      children: [
        { name: 'ContentType', text: a.contentType }, { name: 'ContentId', text: a.contentId },
        a.description ? { name: 'Description', text: a.description } : null,
        { name: 'ContentTransferEncoded', text: a.content.toString('base64') }, { name: 'AttachmentName', text: a.name },
      ],
    })),
  };
  return envelopeXml([messageHeader, traceHeaderList], manifest, encoded);
}

/** The unsigned status message (edXMLHeader/Status) answering a received document. */
export function buildStatus(status: EdxmlStatus): string {
  const s = status;
  return envelopeXml([el('Status', [
    el('ResponseFor', [
      el('OrganId', s.responseFor.organId), el('Code', s.responseFor.code), el('DocumentId', s.responseFor.documentId),
      el('PromulgationDate', edDate(s.responseFor.promulgationDate)),
    ]),
    organ('From', s.from),
    el('StatusCode', s.statusCode), el('Description', s.description), el('Timestamp', vnTimestamp(s.timestamp)),
    staffInfo(s.staff),
  ])], null, null);
}

// ---------------------------------------------------------------- parsing

/** Parses untrusted XML: no DTD (so no entity expansion or XXE), any parser complaint refuses the input. */
function parseXml(xml: string): XmlElement {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new EdxmlError('malformed', 'Gói tin edXML không được chứa khai báo DOCTYPE/ENTITY.');
  let root: XmlElement | null;
  try {
    const doc = new DOMParser({ onError: (level, msg) => { throw new Error(`${level}: ${msg}`); } })
      .parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml');
    root = doc.documentElement;
  } catch {
    throw new EdxmlError('malformed', 'Gói tin edXML không phải là XML hợp lệ.');
  }
  if (!root || root.localName !== 'edXML' || root.namespaceURI !== EDXML_NS) {
    throw new EdxmlError('malformed', `Gói tin không phải edXML theo QCVN 102:2016 (phần tử gốc phải là edXML thuộc ${EDXML_NS}).`);
  }
  return root;
}

const children = (parent: XmlElement | null | undefined, name: string, ns = EDXML_NS): XmlElement[] =>
  parent ? Array.from(parent.childNodes).filter((n): n is XmlElement => n.nodeType === 1 && (n as XmlElement).localName === name && (n as XmlElement).namespaceURI === ns) : [];
const child = (parent: XmlElement | null | undefined, name: string) => children(parent, name)[0] ?? null;
/** Text of a child element; undefined when absent or empty. */
const text = (parent: XmlElement | null | undefined, name: string) => child(parent, name)?.textContent || undefined;

function required(parent: XmlElement | null | undefined, name: string, path: string): string {
  const value = text(parent, name);
  if (value === undefined || value.trim() === '') throw new EdxmlError('missing_field', `Gói tin edXML thiếu trường bắt buộc ${path}.`);
  return value;
}

function int(value: string | undefined, field: string, allowed?: readonly number[]): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim());
  if (!Number.isInteger(n) || (allowed && !allowed.includes(n))) throw new EdxmlError('malformed', `Trường ${field} có giá trị không hợp lệ: "${value}".`);
  return n;
}

function header(root: XmlElement, part: 'MessageHeader' | 'Status'): { header: XmlElement; part: XmlElement } {
  const h = child(child(root, 'edXMLEnvelope'), 'edXMLHeader');
  const p = child(h, part);
  if (!h || !p) throw new EdxmlError('malformed', `Gói tin edXML thiếu edXMLEnvelope/edXMLHeader/${part}.`);
  return { header: h, part: p };
}

function parseOrgan(e: XmlElement, path: string): EdxmlOrgan {
  const organ: EdxmlOrgan = { organId: required(e, 'OrganId', `${path}/OrganId`), organName: text(e, 'OrganName') ?? '' };
  const optional = { organizationInCharge: 'OrganizationInCharge', organAdd: 'OrganAdd', email: 'Email', telephone: 'Telephone', fax: 'Fax', website: 'Website' } as const;
  for (const [key, name] of Object.entries(optional) as [keyof typeof optional, string][]) {
    const value = text(e, name);
    if (value !== undefined) organ[key] = value;
  }
  return organ;
}

function parseStaff(e: XmlElement | null): EdxmlStaff | undefined {
  if (!e) return undefined;
  const staff: EdxmlStaff = {};
  for (const [key, name] of [['department', 'Department'], ['staff', 'Staff'], ['mobile', 'Mobile'], ['email', 'Email']] as const) {
    const value = text(e, name);
    if (value !== undefined) staff[key] = value;
  }
  return staff;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const bareCid = (cid: string) => cid.trim().replace(/^cid:/i, '').replace(/^<(.*)>$/, '$1');

function parseAttachments(root: XmlElement): EdxmlAttachment[] {
  const manifest = children(child(child(child(root, 'edXMLEnvelope'), 'edXMLBody'), 'edXMLManifest'), 'Reference');
  const listed = new Map(manifest.map((r) => [bareCid(r.getAttributeNS(XLINK_NS, 'href') ?? ''), r]));
  const attachments = children(child(root, 'AttachmentEncoded'), 'Attachment').map((a): EdxmlAttachment => {
    const contentId = bareCid(text(a, 'ContentId') ?? '');
    const reference = listed.get(contentId);
    if (!contentId || !reference) throw new EdxmlError('bad_attachment', `Tệp đính kèm "${contentId}" không có trong danh mục (edXMLManifest) của gói tin.`);
    const base64 = (text(a, 'ContentTransferEncoded') ?? '').replace(/\s+/g, '');
    if (!BASE64.test(base64)) throw new EdxmlError('bad_attachment', `Nội dung tệp đính kèm "${contentId}" không phải base64 hợp lệ.`);
    const description = text(a, 'Description') ?? text(reference, 'Description');
    return {
      contentId, name: text(a, 'AttachmentName') ?? text(reference, 'AttachmentName') ?? '',
      contentType: text(a, 'ContentType') ?? text(reference, 'ContentType') ?? 'application/octet-stream',
      ...(description !== undefined && { description }), content: Buffer.from(base64, 'base64'),
    };
  });
  const missing = [...listed.keys()].find((cid) => !attachments.some((a) => a.contentId === cid));
  if (missing !== undefined) throw new EdxmlError('bad_attachment', `Gói tin thiếu tệp đính kèm "${missing}" được liệt kê trong danh mục.`);
  return attachments;
}

function readMessage(root: XmlElement): EdxmlMessage {
  const { header: h, part: mh } = header(root, 'MessageHeader');
  const from = child(mh, 'From');
  if (!from) throw new EdxmlError('missing_field', 'Gói tin edXML thiếu trường bắt buộc MessageHeader/From/OrganId.');
  const to = children(mh, 'To');
  if (to.length === 0) throw new EdxmlError('missing_field', 'Gói tin edXML thiếu trường bắt buộc MessageHeader/To.');
  const code = child(mh, 'Code');
  const promulgation = child(mh, 'PromulgationInfo');
  const signer = child(mh, 'SignerInfo');
  const other = child(mh, 'OtherInfo');
  const responseFor = child(mh, 'ResponseFor');
  const traceList = child(h, 'TraceHeaderList');
  const business = child(traceList, 'Bussiness');
  const dueDate = text(mh, 'DueDate');
  const message: EdxmlMessage = {
    from: parseOrgan(from, 'MessageHeader/From'),
    to: to.map((e) => parseOrgan(e, 'MessageHeader/To')),
    codeNumber: required(code, 'CodeNumber', 'MessageHeader/Code/CodeNumber'),
    codeNotation: required(code, 'CodeNotation', 'MessageHeader/Code/CodeNotation'),
    place: text(promulgation, 'Place') ?? '',
    promulgationDate: isoDate(text(promulgation, 'PromulgationDate') ?? '', 'PromulgationInfo/PromulgationDate'),
    documentType: { type: int(text(child(mh, 'DocumentType'), 'Type'), 'DocumentType/Type') ?? 0, typeName: text(child(mh, 'DocumentType'), 'TypeName') ?? '' },
    subject: required(mh, 'Subject', 'MessageHeader/Subject'),
    signer: { competence: text(signer, 'Competence') ?? '', position: text(signer, 'Position') ?? '', fullName: text(signer, 'FullName') ?? '' },
    dueDate: dueDate ? isoDate(dueDate, 'DueDate') : null,
    toPlaces: children(child(mh, 'ToPlaces'), 'Place').map((p) => p.textContent ?? ''),
    priority: (int(text(other, 'Priority'), 'OtherInfo/Priority', [0, 1, 2, 3, 4]) ?? 0) as EdxmlMessage['priority'],
    responseFor: responseFor ? {
      organId: text(responseFor, 'OrganId') ?? '', code: text(responseFor, 'Code') ?? '',
      promulgationDate: isoDate(text(responseFor, 'PromulgationDate') ?? '', 'ResponseFor/PromulgationDate'),
      documentId: required(responseFor, 'DocumentId', 'MessageHeader/ResponseFor/DocumentId'),
    } : null,
    documentId: required(mh, 'DocumentId', 'MessageHeader/DocumentId'),
    traces: children(traceList, 'TraceHeader').map((t) => ({
      organId: required(t, 'OrganId', 'TraceHeader/OrganId'), timestamp: parseVnTimestamp(text(t, 'Timestamp') ?? '', 'TraceHeader/Timestamp'),
    })),
    business: {
      docType: (int(text(business, 'BussinessDocType'), 'Bussiness/BussinessDocType', [0, 1, 2, 3]) ?? 0) as EdxmlMessage['business']['docType'],
      paper: (int(text(business, 'Paper'), 'Bussiness/Paper', [0, 1]) ?? 0) as 0 | 1,
    },
    attachments: parseAttachments(root),
  };
  const content = text(mh, 'Content');
  if (content !== undefined) message.content = content;
  const reason = text(business, 'BussinessDocReason');
  if (reason !== undefined) message.business.reason = reason;
  const staff = parseStaff(child(business, 'StaffInfo'));
  if (staff) message.business.staff = staff;
  // Informational counts: a value that is not a number is left out rather than refusing the package.
  for (const [key, e, name] of [['steeringType', mh, 'SteeringType'], ['pageAmount', other, 'PageAmount'],
    ['promulgationAmount', other, 'PromulgationAmount'], ['appendixes', other, 'Appendixes']] as const) {
    const value = Number(text(e, name)?.trim() || NaN);
    if (Number.isInteger(value)) message[key] = value;
  }
  // Some senders (the ministry's SDK) list appendixes as Appendixes/Appendix instead of giving their number.
  const appendixList = children(child(other, 'Appendixes'), 'Appendix').filter((a) => a.textContent?.trim());
  if (appendixList.length > 0) message.appendixes = appendixList.length;
  for (const [key, name] of [['sphereOfPromulgation', 'SphereOfPromulgation'], ['typerNotation', 'TyperNotation']] as const) {
    const value = text(other, name);
    if (value !== undefined) message[key] = value;
  }
  return message;
}

function readStatus(root: XmlElement): EdxmlStatus {
  const { part: st } = header(root, 'Status');
  const responseFor = child(st, 'ResponseFor');
  const from = child(st, 'From');
  if (!responseFor) throw new EdxmlError('missing_field', 'Thông điệp trạng thái thiếu trường bắt buộc Status/ResponseFor.');
  if (!from) throw new EdxmlError('missing_field', 'Thông điệp trạng thái thiếu trường bắt buộc Status/From/OrganId.');
  const statusCode = required(st, 'StatusCode', 'Status/StatusCode').trim();
  if (!STATUS_CODES.includes(statusCode)) throw new EdxmlError('malformed', `Mã trạng thái không hợp lệ: "${statusCode}".`);
  const status: EdxmlStatus = {
    responseFor: {
      organId: required(responseFor, 'OrganId', 'Status/ResponseFor/OrganId'), code: text(responseFor, 'Code') ?? '',
      documentId: required(responseFor, 'DocumentId', 'Status/ResponseFor/DocumentId'),
      promulgationDate: isoDate(text(responseFor, 'PromulgationDate') ?? '', 'Status/ResponseFor/PromulgationDate'),
    },
    from: parseOrgan(from, 'Status/From'),
    statusCode: statusCode as EdxmlStatusCode,
    description: text(st, 'Description') ?? '',
    timestamp: parseVnTimestamp(required(st, 'Timestamp', 'Status/Timestamp'), 'Status/Timestamp'),
  };
  const staff = parseStaff(child(st, 'StaffInfo'));
  if (staff) status.staff = staff;
  return status;
}

/** Parses an edXML package without checking its signature (see verifyEdxml for received packages). */
export function parseEdxml(xml: string): EdxmlMessage {
  return readMessage(parseXml(xml));
}

/** Parses a status message without checking its signature (see verifyStatus). */
export function parseStatus(xml: string): EdxmlStatus {
  return readStatus(parseXml(xml));
}

// ---------------------------------------------------------------- signing

/** The private key and the certificate matching it (the signer's; the other certificates are its CA chain). */
function openP12(key: SigningKey): { privateKeyPem: string; certificatePem: string } {
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(key.p12.toString('binary')), false, key.passphrase);
  const bags = (type: string) => p12.getBags({ bagType: type })[type] ?? [];
  const privateKey = [...bags(forge.pki.oids.pkcs8ShroudedKeyBag!), ...bags(forge.pki.oids.keyBag!)]
    .map((bag) => bag.key as forge.pki.rsa.PrivateKey | undefined).find((k) => k !== undefined);
  if (!privateKey) throw new Error('The PKCS#12 file holds no private key');
  const own = bags(forge.pki.oids.certBag!).map((bag) => bag.cert).find((cert) => {
    const pub = cert?.publicKey as forge.pki.rsa.PublicKey | undefined;
    return pub?.n?.compareTo(privateKey.n) === 0 && pub.e.compareTo(privateKey.e) === 0;
  });
  if (!own) throw new Error('The PKCS#12 file has no certificate for its private key');
  return { privateKeyPem: forge.pki.privateKeyToPem(privateKey), certificatePem: forge.pki.certificateToPem(own) };
}

const HEADER_XPATH = `/*[local-name()='edXML' and namespace-uri()='${EDXML_NS}']/*[local-name()='edXMLEnvelope' and namespace-uri()='${EDXML_NS}']`
  + `/*[local-name()='edXMLHeader' and namespace-uri()='${EDXML_NS}']`;

/**
 * Signs a package or a status message (XML-DSig, enveloped): RSA-SHA256 over exclusive C14N, one Reference
 * URI="" (the whole document) with the enveloped-signature transform, SHA-256 digest, and the signer's
 * certificate in KeyInfo. The Signature is the last child of edXMLHeader.
 */
export async function signEdxml(xml: string, key: SigningKey): Promise<string> {
  const root = parseXml(xml);
  const h = child(child(root, 'edXMLEnvelope'), 'edXMLHeader');
  if (!h) throw new EdxmlError('malformed', 'Gói tin edXML thiếu edXMLEnvelope/edXMLHeader.');
  if (children(h, 'Signature', DSIG_NS).length > 0) throw new EdxmlError('malformed', 'Gói tin edXML đã có chữ ký số.');
  const { privateKeyPem, certificatePem } = openP12(key);
  const signer = new SignedXml({
    privateKey: privateKeyPem, publicCert: certificatePem,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256', canonicalizationAlgorithm: EXC_C14N,
  });
  signer.addReference({ xpath: '/*', isEmptyUri: true, transforms: [ENVELOPED, EXC_C14N], digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256' });
  signer.computeSignature(xml, { location: { reference: HEADER_XPATH, action: 'append' } });
  return signer.getSignedXml();
}

// ---------------------------------------------------------------- verifying

const pemBlocks = (pem: string) => pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];

/** The signer's CN (RFC 2253 escapes of Node's subject text undone). */
function commonName(cert: X509Certificate): string {
  const line = cert.subject.split('\n').find((l) => l.startsWith('CN='));
  return line ? line.slice(3).replace(/\\(.)/g, '$1') : cert.subject;
}

/** The signer's certificate must chain (through the extra certificates of KeyInfo, if any) to a trusted CA, all valid at `at`. */
function checkChain(leaf: X509Certificate, extra: X509Certificate[], trustedCaPem: string[], at: Date): void {
  const trusted = trustedCaPem.flatMap(pemBlocks).map((pem) => new X509Certificate(pem));
  const issues = (issuer: X509Certificate, cert: X509Certificate) => issuer.ca && cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
  const chain = [leaf];
  for (let cert = leaf; ;) {
    const anchor = trusted.find((ca) => issues(ca, cert));
    if (anchor) {
      chain.push(anchor);
      break;
    }
    const next = extra.find((c) => !chain.includes(c) && issues(c, cert));
    if (!next || chain.length > 8) {
      throw new EdxmlError('untrusted_certificate', `Chứng thư số của người ký (${commonName(leaf)}) không do tổ chức chứng thực tin cậy cấp.`);
    }
    chain.push(next);
    cert = next;
  }
  for (const cert of chain) {
    if (at < new Date(cert.validFrom) || at > new Date(cert.validTo)) {
      throw new EdxmlError('expired_certificate', `Chứng thư số "${commonName(cert)}" không còn hiệu lực (hiệu lực từ ${cert.validFrom} đến ${cert.validTo}).`);
    }
  }
}

/**
 * Checks the one enveloped signature of edXMLHeader and returns the canonical XML it covers — the only
 * content read afterwards (nothing unsigned can be slipped in: signature wrapping), and the signer's CN.
 */
function verifySigned(xml: string, options: { trustedCaPem: string[]; at?: Date }): { root: XmlElement; signer: string } {
  const root = parseXml(xml);
  const signatures = root.getElementsByTagNameNS(DSIG_NS, 'Signature');
  if (signatures.length === 0) throw new EdxmlError('unsigned', 'Gói tin edXML không có chữ ký số.');
  const bad = (why: string) => new EdxmlError('bad_signature', `Chữ ký số của gói tin edXML không hợp lệ: ${why}.`);
  const signature = signatures[0]!;
  const parent = signature.parentNode as XmlElement | null;
  if (signatures.length > 1) throw bad('có nhiều hơn một chữ ký');
  if (parent?.localName !== 'edXMLHeader' || parent.namespaceURI !== EDXML_NS || (parent.parentNode as XmlElement | null)?.parentNode !== root) {
    throw bad('chữ ký không nằm trong edXMLHeader');
  }
  // One Reference, URI="" (the whole document), enveloped: anything else signs less than the whole package.
  const references = children(children(signature, 'SignedInfo', DSIG_NS)[0], 'Reference', DSIG_NS);
  const transforms = children(children(references[0], 'Transforms', DSIG_NS)[0], 'Transform', DSIG_NS).map((t) => t.getAttribute('Algorithm'));
  if (references.length !== 1 || !references[0]!.hasAttribute('URI') || references[0]!.getAttribute('URI') !== '' || !transforms.includes(ENVELOPED)) {
    throw bad('chữ ký không bao trùm toàn bộ gói tin');
  }
  const certificates = children(children(children(signature, 'KeyInfo', DSIG_NS)[0], 'X509Data', DSIG_NS)[0], 'X509Certificate', DSIG_NS);
  let chain: X509Certificate[];
  try {
    chain = certificates.map((c) => new X509Certificate(Buffer.from((c.textContent ?? '').replace(/\s+/g, ''), 'base64')));
  } catch {
    throw new EdxmlError('untrusted_certificate', 'Chứng thư số trong chữ ký không đọc được.');
  }
  const [leaf, ...extra] = chain;
  if (!leaf) throw new EdxmlError('untrusted_certificate', 'Chữ ký số không kèm chứng thư số của người ký.');

  const verifier = new SignedXml({ publicCert: leaf.toString(), getCertFromKeyInfo: () => null });
  let signed: string[];
  try {
    verifier.loadSignature(signature.toString());
    if (!verifier.checkSignature(xml)) throw new Error('digest');
    signed = verifier.getSignedReferences();
  } catch {
    throw bad('nội dung đã bị thay đổi sau khi ký hoặc chữ ký sai');
  }
  if (signed.length !== 1) throw bad('chữ ký không bao trùm toàn bộ gói tin');
  checkChain(leaf, extra, options.trustedCaPem, options.at ?? new Date());
  return { root: parseXml(signed[0]!), signer: commonName(leaf) };
}

/** Verifies the XML-DSig signature (must exist, must cover the whole document, the certificate in KeyInfo must chain to one of `trustedCaPem` and be within its validity at `at`), then parses. */
export function verifyEdxml(xml: string, options: { trustedCaPem: string[]; at?: Date }): { message: EdxmlMessage; signer: string } {
  const { root, signer } = verifySigned(xml, options);
  return { message: readMessage(root), signer };
}

export function verifyStatus(xml: string, options: { trustedCaPem: string[]; at?: Date }): { status: EdxmlStatus; signer: string } {
  const { root, signer } = verifySigned(xml, options);
  return { status: readStatus(root), signer };
}
