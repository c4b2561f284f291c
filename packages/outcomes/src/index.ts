/**
 * `@lotsen/outcomes`: outcome measurement for Lotsen. Scores ORS/SRS, CORS/CSRS (YCORS recorded,
 * never scored), KASAM SOC-13/SOC-29 and SCORE-15 from item values only, classifies reliable change
 * (fixed thresholds and Jacobson & Truax), builds case trajectories with alerts, aggregates groups
 * with small-cell suppression and draws accessible SVG charts. Pure functions, no I/O; untrusted input
 * returns a `Result`, never a throw.
 *
 * @packageDocumentation
 */
export { OutcomesError, isOutcomesError, OUTCOMES_ERROR_CODES } from './errors.js';
export type { OutcomesErrorCode, OutcomesIssue } from './errors.js';
export {
  PCOMS_FORMS,
  KASAM_FORMS,
  INSTRUMENTS,
  POPULATIONS,
  RATERS,
  CHANGE_CATEGORIES,
  CHANGE_INSTRUMENTS,
} from './types.js';
export type {
  PcomsForm,
  KasamForm,
  Instrument,
  Population,
  Rater,
  ChangeCategory,
  ChangeInstrument,
} from './types.js';
export {
  DEFAULT_OUTCOMES_CONFIG,
  RELIABLE_CHANGE_PCOMS,
  RELIABLE_CHANGE_NHS_CYP,
  KASAM_BANDS_EXTENDED,
  KASAM_BANDS_PUBLISHED,
  resolveOptions,
  isOutcomesConfig,
} from './config.js';
export type {
  OutcomesConfig,
  OutcomesOptions,
  PcomsCutoffs,
  CaretakerCutoffs,
  ReliableChangeThresholds,
  KasamSubscaleItems,
  KasamBandTable,
  TotalRange,
  OtherCutoffs,
} from './config.js';
export {
  PCOMS_ITEM_COUNT,
  scorePcoms,
  routePcomsByAge,
  populationForAge,
  isCaretakerRating,
  classifyPcomsTotal,
  srsChange,
  srsDropAlert,
} from './pcoms.js';
export type {
  PcomsInput,
  PcomsScore,
  PcomsOutcomeScore,
  PcomsSessionScore,
  PcomsRoute,
  PcomsTotalInput,
  PcomsTotal,
  PcomsOutcomeTotal,
  PcomsSessionTotal,
  SrsChange,
} from './pcoms.js';
export type { VasUnit } from './vas.js';
export {
  KASAM_CAVEAT,
  KASAM_ITEM_COUNT,
  KASAM_RANGES,
  SOC13_FROM_SOC29,
  scoreKasam,
  kasamBand,
  reverseKasamItem,
  soc13FromSoc29,
} from './kasam.js';
export type { KasamInput, KasamScore, KasamSubscale, KasamBand } from './kasam.js';
export {
  SCORE15_ITEM_COUNT,
  SCORE15_SUBSCALES,
  SCORE15_PROBLEM_ITEMS,
  SCORE15_EXTRA_TEXT,
  SCORE15_EXTRA_RATINGS,
  SCORE15_CHILD_MIN_AGE,
  scoreScore15,
  routeScore15ByAge,
  reverseScore15Item,
  score15OppositeSum,
  score15OppositeMean,
  classifyScore15Change,
} from './score15.js';
export type {
  Score15Input,
  Score15Score,
  Score15Extra,
  Score15Subscale,
  SumAndMean,
  Score15Version,
  Score15Route,
} from './score15.js';
export {
  CHANGE_RANGES,
  classifyChange,
  classifyFixedChange,
  classifyPcomsChange,
  jacobsonTruax,
  reliableChangeIndex,
  classifyRc,
  jtCutoff,
  reliableChangeThreshold,
  higherIsBetterFor,
} from './change.js';
export type {
  ChangeInput,
  ChangeResult,
  FixedChangeInput,
  RciInput,
  RciParameters,
  RcInput,
  RciDetails,
  JtNorms,
} from './change.js';
export {
  PHASES,
  AdministrationSchema,
  CaseRecordSchema,
  OutcomeObservationSchema,
  parseCaseRecord,
  parseObservations,
} from './schemas.js';
export type { Phase, Administration, CaseRecord, OutcomeObservation } from './schemas.js';
export { buildTrajectory } from './trajectory.js';
export type {
  Trajectory,
  TrajectoryContext,
  TrajectoryAlert,
  TrajectoryAlertCode,
  OutcomeSeries,
  SessionSeries,
  KasamSummary,
  Score15Summary,
  FollowUp,
  PointBase,
  OutcomePoint,
  SessionPoint,
  KasamPoint,
  Score15Point,
  SeriesKey,
  InvalidAdministration,
  UnscoredAdministration,
} from './trajectory.js';
export { AGGREGATE_DIMENSIONS, AGGREGATE_MEASURES, aggregateOutcomes } from './aggregate.js';
export type {
  AggregateDimension,
  AggregateMeasure,
  AggregateRequest,
  AggregateReport,
  AggregateCell,
  AggregateDiagnostics,
  CountShare,
} from './aggregate.js';
export { CHART_COLORS, renderTrajectoryChart, renderAggregateChart } from './chart.js';
export type { ChartLanguage, ChartOptions, TrajectoryChartOptions, ChartOutput } from './chart.js';
