import { Type } from 'typebox';
import { DateTime, Nullable } from '../../platform/schemas.js';

export const DeadLetter = Type.Object({
  id: Type.Integer(), subscriber: Type.String(), topic: Type.String(), payload: Type.Record(Type.String(), Type.Unknown()),
  attempts: Type.Integer(), lastError: Nullable(Type.String()), createdAt: DateTime, finishedAt: Nullable(DateTime),
});

// ---- the operations center: dashboard, drill-down, service-quality index, reports ----

const Period = {
  from: Type.String({ format: 'date', description: 'Ngày đầu kỳ, yyyy-MM-dd' }),
  to: Type.String({ format: 'date', description: 'Ngày cuối kỳ, yyyy-MM-dd' }),
};
const AgencyId = Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991 });
export const DashboardQuery = Type.Object({ agencyId: Type.Optional(AgencyId), ...Period });
export const ReportFileQuery = Type.Object({ agencyId: Type.Optional(AgencyId), ...Period });

export const Figures = Type.Object({
  received: Type.Integer(), receivedOnline: Type.Integer(), receivedDirect: Type.Integer(), carriedOver: Type.Integer(),
  resolved: Type.Integer(), resolvedEarly: Type.Integer(), resolvedOnTime: Type.Integer(), resolvedLate: Type.Integer(),
  pending: Type.Integer(), pendingWithin: Type.Integer(), pendingOverdue: Type.Integer(),
  onlineShare: Nullable(Type.Number()), paid: Type.Integer(), paidOnline: Type.Integer(), paidOnlineShare: Nullable(Type.Number()),
  onTimeRate: Nullable(Type.Number()), rated: Type.Integer(), ratedUnsatisfied: Type.Integer(), satisfaction: Nullable(Type.Number()),
  supplemented: Type.Integer(), digitised: Type.Integer(),
});
const AgencyRef = Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String(), parentId: Nullable(Type.Integer()), hasChildren: Type.Boolean() });
export const Dashboard = Type.Object({
  agency: AgencyRef,
  /** The agencies above it, up to the viewer's own top agency (breadcrumbs). */
  path: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() })),
  from: Type.String(), to: Type.String(),
  figures: Figures,
  /** Official documents of the subtree in the period (the documents module's figures). */
  documents: Type.Object({ received: Type.Integer(), receivedElectronically: Type.Integer(), sent: Type.Integer(), sentElectronically: Type.Integer(), signed: Type.Integer() }),
  /** Citizens' feedback received in the period (the feedback module's figures). */
  feedback: Type.Object({ received: Type.Integer(), answeredOnTime: Type.Integer(), answeredLate: Type.Integer(), open: Type.Integer(), openOverdue: Type.Integer() }),
  children: Type.Array(Type.Object({ agency: AgencyRef, figures: Figures })),
  trend: Type.Array(Type.Object({ month: Type.String(), received: Type.Integer(), resolved: Type.Integer(), resolvedLate: Type.Integer(), receivedOnline: Type.Integer() })),
  ranking: Type.Array(Type.Object({ agencyId: Type.Integer(), name: Type.String(), onTimeRate: Nullable(Type.Number()), received: Type.Integer(), resolved: Type.Integer() })),
});

export const Measure = Type.Union(([
  'received', 'received_online', 'received_direct', 'carried_over', 'resolved', 'resolved_early', 'resolved_on_time', 'resolved_late',
  'resolved_in_time_for_index', 'pending', 'pending_within', 'pending_overdue', 'supplemented', 'digitised', 'paid', 'paid_online',
  'rated', 'rated_unsatisfied',
] as const).map((m) => Type.Literal(m)));
export const DrillQuery = Type.Object({
  agencyId: AgencyId, measure: Measure, ...Period,
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});
export const DrillPage = Type.Object({
  items: Type.Array(Type.Object({
    id: Type.Integer(), code: Nullable(Type.String()), trackingCode: Type.String(), procedureName: Type.String(), applicantName: Nullable(Type.String()),
    agencyId: Type.Integer(), agencyName: Type.String(), status: Type.String(), channel: Type.String(),
    receivedAt: Nullable(DateTime), dueAt: Nullable(DateTime), resolvedAt: Nullable(DateTime),
  })),
  total: Type.Integer(),
});

const IndexGroupCode = Type.Union([Type.Literal('CKMB'), Type.Literal('TDGQ'), Type.Literal('CLGQ'), Type.Literal('TTTT'), Type.Literal('MDHL'), Type.Literal('MDSH')]);
export const QualityIndex = Type.Object({
  total: Type.Number(), maxTotal: Type.Number(),
  rank: Type.Union([Type.Literal('excellent'), Type.Literal('good'), Type.Literal('fair'), Type.Literal('average'), Type.Literal('weak')]),
  groups: Type.Array(Type.Object({ code: IndexGroupCode, name: Type.String(), maxPoints: Type.Number(), points: Type.Number() })),
  indicators: Type.Array(Type.Object({
    code: Type.String(), group: IndexGroupCode, name: Type.String(), maxPoints: Type.Number(), threshold: Type.Number(),
    numerator: Type.Integer(), denominator: Type.Integer(), rate: Nullable(Type.Number()), points: Type.Number(),
    numeratorMeasure: Nullable(Type.String()), denominatorMeasure: Nullable(Type.String()),
  })),
});
export const QualityReport = Type.Object({
  agency: AgencyRef, from: Type.String(), to: Type.String(), index: QualityIndex,
  children: Type.Array(Type.Object({ agency: AgencyRef, index: QualityIndex })),
});
export const PublicQualityQuery = Type.Object({ agencyId: Type.Optional(AgencyId), from: Type.Optional(Period.from), to: Type.Optional(Period.to) });

// ---- maturity scoring ----

const MaturityMeasure = Type.Union([Type.Literal('self'), Type.Literal('online_share'), Type.Literal('on_time_rate'), Type.Literal('digitised_share'),
  Type.Literal('paid_online_share'), Type.Literal('documents_signed_share')]);
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
export const MaturitySetBody = Type.Object({
  name: Text(200),
  criteria: Type.Array(Type.Object({ groupName: Text(200), name: Text(500), maxPoints: Type.Number({ exclusiveMinimum: 0, maximum: 1000 }), measure: MaturityMeasure }), { minItems: 1, maxItems: 200 }),
});
export const MaturityPeriodBody = Type.Object({ setId: AgencyId, name: Text(200), ...Period });
export const Created = Type.Object({ id: Type.Integer() });
const MaturityPeriod = Type.Object({
  id: Type.Integer(), setId: Type.Integer(), setName: Type.String(), name: Type.String(), from: Type.String(), to: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('published')]), publishedAt: Nullable(DateTime),
});
export const MaturityPeriods = Type.Object({ items: Type.Array(MaturityPeriod) });
export const PeriodParams = Type.Object({ id: AgencyId });
export const SheetParams = Type.Object({ id: AgencyId, agencyId: AgencyId });
export const CriterionParams = Type.Object({ id: AgencyId, agencyId: AgencyId, criterionId: AgencyId });
export const MaturitySheet = Type.Object({
  period: MaturityPeriod, agency: Type.Object({ id: Type.Integer(), name: Type.String() }), total: Type.Number(), maxTotal: Type.Number(),
  items: Type.Array(Type.Object({
    criterion: Type.Object({ id: Type.Integer(), position: Type.Integer(), groupName: Type.String(), name: Type.String(), maxPoints: Type.Number(), measure: MaturityMeasure }),
    computedPoints: Nullable(Type.Number()), selfPoints: Nullable(Type.Number()), selfNote: Nullable(Type.String()),
    evidence: Nullable(Type.Object({ name: Type.String(), contentType: Type.String() })),
    reviewedPoints: Nullable(Type.Number()), reviewComment: Nullable(Type.String()), points: Type.Number(),
  })),
});
export const SelfBody = Type.Object({ points: Type.Number({ minimum: 0, maximum: 1000 }), note: Type.Optional(Type.String({ maxLength: 2000 })) });
export const ReviewBody = Type.Object({ points: Type.Number({ minimum: 0, maximum: 1000 }), comment: Type.String({ minLength: 1, maxLength: 2000 }) });
export const MaturityRanking = Type.Object({
  period: Type.Object({ id: Type.Integer(), name: Type.String(), from: Type.String(), to: Type.String(), publishedAt: Nullable(DateTime) }),
  maxTotal: Type.Number(),
  items: Type.Array(Type.Object({ agencyId: Type.Integer(), name: Type.String(), total: Type.Number(), rank: Type.Integer() })),
});
