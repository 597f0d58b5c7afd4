import { Type } from 'typebox';
import { DateTime, Nullable } from '../../platform/schemas.js';

export const Notification = Type.Object({ id: Type.Integer(), dossierId: Nullable(Type.Integer()), title: Type.String(), body: Type.String(), createdAt: DateTime, readAt: Nullable(DateTime) });
export const NotificationList = Type.Object({ items: Type.Array(Notification), unread: Type.Integer() });
