import { Type } from 'typebox';
import { DateTime, Nullable } from '../../platform/schemas.js';

export const Notification = Type.Object({ id: Type.Integer(), dossierId: Nullable(Type.Integer()), link: Nullable(Type.String()), title: Type.String(), body: Type.String(), createdAt: DateTime, readAt: Nullable(DateTime) });
export const NotificationList = Type.Object({ items: Type.Array(Notification), unread: Type.Integer() });

export const Preferences = Type.Object({
  email: Type.Boolean({ description: 'thư điện tử' }),
  sms: Type.Boolean({ description: 'tin nhắn SMS' }),
  app_message: Type.Boolean({ description: 'tin nhắn qua ứng dụng (tài khoản chính thức)' }),
}, { additionalProperties: false });
export const SentMessages = Type.Object({
  items: Type.Array(Type.Object({
    channel: Type.Union([Type.Literal('email'), Type.Literal('sms'), Type.Literal('app_message')]), recipient: Type.String(),
    subject: Nullable(Type.String()), body: Type.String(), sentAt: Nullable(DateTime), template: Type.String(),
  })),
});
