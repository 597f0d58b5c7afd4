import { Type } from 'typebox';
import { DateTime, Nullable } from '../../platform/schemas.js';

export const DeadLetter = Type.Object({
  id: Type.Integer(), subscriber: Type.String(), topic: Type.String(), payload: Type.Record(Type.String(), Type.Unknown()),
  attempts: Type.Integer(), lastError: Nullable(Type.String()), createdAt: DateTime, finishedAt: Nullable(DateTime),
});
export const JobOverview = Type.Object({
  subscribers: Type.Array(Type.Object({
    subscriber: Type.String(), pending: Type.Integer(), running: Type.Integer(), done: Type.Integer(), dead: Type.Integer(),
  })),
  dead: Type.Object({ items: Type.Array(DeadLetter), total: Type.Integer() }),
});
export const JobOverviewQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});
