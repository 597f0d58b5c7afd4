import { Type } from 'typebox';
import { DateString, DateTime, Nullable } from '../../platform/schemas.js';

export const Appointment = Type.Object({
  id: Type.Integer(), code: Type.String({ description: 'mã lịch hẹn, đọc tại quầy để lấy số' }), agencyId: Type.Integer(), agencyName: Type.String(),
  counterId: Type.Integer(), counterName: Type.String(), procedureId: Type.Integer(), procedureName: Type.String(), fullName: Type.String(), phone: Nullable(Type.String()),
  startsAt: DateTime, endsAt: DateTime, status: Type.Union([Type.Literal('booked'), Type.Literal('checked_in'), Type.Literal('cancelled')]),
  ticketNumber: Nullable(Type.Integer({ description: 'số thứ tự đã cấp khi đến' })), createdAt: DateTime,
});
export const AppointmentList = Type.Object({ items: Type.Array(Appointment) });
export const SlotQuery = Type.Object({ procedureId: Type.Integer({ minimum: 1 }), day: DateString }, { additionalProperties: false });
export const Slots = Type.Object({
  day: DateString, agencyId: Type.Integer(), agencyName: Type.String(), dayOff: Nullable(Type.String({ description: 'lý do ngày nghỉ' })),
  counters: Type.Integer(), slots: Type.Array(Type.Object({ startsAt: DateTime, endsAt: DateTime, available: Type.Integer() })),
});
export const BookBody = Type.Object({
  procedureId: Type.Integer({ minimum: 1 }),
  startsAt: Type.String({ format: 'date-time', description: 'giờ bắt đầu của một khung giờ trong danh sách' }),
  phone: Type.Optional(Type.String({ pattern: '^[0-9+ ]{9,15}$' })),
}, { additionalProperties: false });

export const Counter = Type.Object({ id: Type.Integer(), agencyId: Type.Integer(), name: Type.String(), capacity: Type.Integer(), slotMinutes: Type.Integer(), active: Type.Boolean() });
export const CounterList = Type.Object({ items: Type.Array(Counter) });
export const CounterBody = Type.Object({
  agencyId: Type.Integer({ minimum: 1 }), name: Type.String({ minLength: 2, maxLength: 100 }),
  capacity: Type.Integer({ minimum: 1, maximum: 50, description: 'số lịch hẹn mỗi khung giờ' }),
  slotMinutes: Type.Union([Type.Literal(10), Type.Literal(15), Type.Literal(20), Type.Literal(30), Type.Literal(60)]),
}, { additionalProperties: false });
export const CounterPatch = Type.Partial(Type.Object({
  name: CounterBody.properties.name, capacity: CounterBody.properties.capacity, slotMinutes: CounterBody.properties.slotMinutes, active: Type.Boolean(),
}), { additionalProperties: false, minProperties: 1 });
export const AgencyQuery = Type.Object({ agencyId: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

export const Ticket = Type.Object({
  id: Type.Integer(), agencyId: Type.Integer(), day: DateString, number: Type.Integer(), appointmentId: Nullable(Type.Integer()),
  status: Type.Union([Type.Literal('waiting'), Type.Literal('called'), Type.Literal('served')]), counterId: Nullable(Type.Integer()), counterName: Nullable(Type.String()),
  issuedAt: DateTime, calledAt: Nullable(DateTime),
});
export const TicketBody = Type.Object({
  agencyId: Type.Integer({ minimum: 1 }),
  appointmentCode: Type.Optional(Type.String({ pattern: '^[Ll][Hh]-[A-Za-z0-9]{8}$', description: 'mã lịch hẹn; không có: người đến không hẹn trước' })),
}, { additionalProperties: false });
export const CalledTicket = Type.Object({ ticket: Nullable(Ticket) });
export const CounterDay = Type.Object({ counter: Counter, day: DateString, appointments: Type.Array(Appointment), waiting: Type.Integer(), current: Nullable(Ticket) });
export const QueueScreen = Type.Object({
  agencyName: Type.String(), day: DateString, waiting: Type.Integer(),
  called: Type.Array(Type.Object({ number: Type.Integer(), counterName: Type.String(), calledAt: DateTime })),
});
