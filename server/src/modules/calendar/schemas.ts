import { Type, type Static } from 'typebox';
import { DateString } from '../../platform/schemas.js';

const DayKind = Type.Union([Type.Literal('day_off'), Type.Literal('working_day')]);
export const CalendarDay = Type.Object({ id: Type.Integer(), date: Type.String(), kind: DayKind, note: Type.String() });
export const CalendarDayBody = Type.Object({ date: DateString, kind: DayKind, note: Type.String({ minLength: 2, maxLength: 300 }) }, { additionalProperties: false });
export type CalendarDay = Static<typeof CalendarDay>;
export type CalendarDayBody = Static<typeof CalendarDayBody>;
