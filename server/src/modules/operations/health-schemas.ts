import { Type } from 'typebox';
import { DateTime, Nullable } from '../../platform/schemas.js';
import { DeadLetter } from './schemas.js';

const Seconds = (description: string) => Type.Number({ description: `${description} (giây)` });

export const NodeHealth = Type.Object({
  id: Type.String({ description: 'Tên máy-pid-ngẫu nhiên' }),
  host: Type.String(), pid: Type.Integer(), version: Type.String(),
  runsJobs: Type.Boolean({ description: 'Nút chạy công việc nền (JOBS)' }),
  state: Type.Union([Type.Literal('up'), Type.Literal('down'), Type.Literal('gone')], { description: 'up: đang chạy; down: quá 30 giây không báo; gone: đã dừng đúng cách' }),
  startedAt: DateTime, lastSeenAt: DateTime, stoppedAt: Nullable(DateTime),
  lastSeenSeconds: Seconds('Thời gian từ lần báo cuối'),
  rssBytes: Type.Integer(), heapUsedBytes: Type.Integer(), heapTotalBytes: Type.Integer(),
  loopDelayP99Ms: Type.Number({ description: 'Độ trễ vòng lặp sự kiện, phân vị 99 (ms)' }),
  poolTotal: Type.Integer(), poolIdle: Type.Integer(), poolWaiting: Type.Integer(),
});

export const QueueHealth = Type.Object({
  subscriber: Type.String(), topics: Type.Array(Type.String()),
  pending: Type.Integer(), due: Type.Integer({ description: 'Đang chờ và đã đến hạn chạy' }),
  retrying: Type.Integer({ description: 'Đang chờ thử lại sau lần lỗi' }), failedAttempts: Type.Integer({ description: 'Số lần thử lỗi của các công việc đang chờ thử lại' }),
  oldestPendingSeconds: Nullable(Seconds('Tuổi của công việc chờ lâu nhất')),
  running: Type.Integer(), doneLastHour: Type.Integer(), dead: Type.Integer(),
});

export const OperationsStatus = Type.Object({
  checkedAt: DateTime,
  nodes: Type.Array(NodeHealth),
  queues: Type.Array(QueueHealth),
  audit: Type.Object({
    sealedSeq: Type.Integer(), sealedAt: DateTime,
    unsealed: Type.Integer({ description: 'Bản ghi đã lưu, chưa được nối chuỗi' }), oldestUnsealedSeconds: Nullable(Seconds('Tuổi bản ghi chưa nối chuỗi lâu nhất')),
    checkpointSeq: Nullable(Type.Integer()), checkpointAt: Nullable(DateTime), checkpointAgeSeconds: Nullable(Seconds('Tuổi của điểm kiểm tra đã ký gần nhất')),
  }),
  replication: Type.Object({
    role: Type.Union([Type.Literal('primary'), Type.Literal('replica')]),
    replicas: Type.Array(Type.Object({
      clientAddress: Nullable(Type.String()), applicationName: Type.String(), state: Nullable(Type.String()), syncState: Nullable(Type.String()),
      writeLagSeconds: Nullable(Type.Number()), flushLagSeconds: Nullable(Type.Number()), replayLagSeconds: Nullable(Type.Number()),
      bytesBehind: Nullable(Type.Number({ description: 'Số byte WAL bản sao còn phải áp dụng' })),
    }), { description: 'Rỗng: không có bản sao' }),
  }),
  database: Type.Object({
    name: Type.String(), serverVersion: Type.String(), sizeBytes: Type.Number(),
    connections: Type.Integer(), maxConnections: Type.Integer(),
    oldestTransactionSeconds: Nullable(Type.Number()), oldestTransactionState: Nullable(Type.String()), oldestTransactionApplication: Nullable(Type.String()),
  }),
});

export const DeadLetterPage = Type.Object({ items: Type.Array(DeadLetter), total: Type.Integer() });
export const DeadLetterQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});
