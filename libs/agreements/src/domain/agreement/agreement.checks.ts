import {
  certainlyBefore,
  DomainError,
  duplicatesOf,
  listOf,
  optionalText,
  requireDateAsGiven,
  requireOneOf,
  requireText,
  type DateAsGiven,
} from '@app/kernel';
import {
  ASSIGNMENT_KINDS,
  DIRECTIONS,
  GOAL_LEVELS,
  REPORT_FORMS,
  SECTION_KINDS,
  SETTLEMENT_BASES,
  SETTLEMENT_PERIODS,
  type AgreementAssignment,
  type AgreementContent,
  type DecisionRef,
  type EconomyLine,
  type FollowUpPlanRow,
  type Goal,
  type Part,
  type Section,
} from './agreement.content';

export const P = 'AGREEMENT';

/**
 * The shape checks of an agreement's parts. Commands come from JSON, so each part is checked
 * here and answers with the agreement's own codes; the rules between parts are the decider's.
 */
export function sectionsOf(value: unknown): Section[] {
  return listOf<Section>(P, 'sections', value).map((s) => ({
    kind: requireOneOf(P, 'sectionKind', SECTION_KINDS, s?.kind ?? 'other'),
    heading: requireText(P, 'heading', s?.heading),
    text: requireText(P, 'text', s?.text),
  }));
}

export function textsOf(field: string, value: unknown): string[] {
  return listOf<string>(P, field, value).map((text) => requireText(P, field, text));
}

export function partsOf(value: unknown): Part[] {
  return listOf<Part>(P, 'parts', value).map((p) => ({
    heading: requireText(P, 'heading', p?.heading),
    text: requireText(P, 'text', p?.text),
  }));
}

export function followUpPlanOf(value: unknown): FollowUpPlanRow[] {
  return listOf<FollowUpPlanRow>(P, 'followUps', value).map((row) => {
    const dates = listOf<FollowUpPlanRow['dates'][number]>(P, 'dates', row?.dates).map((d) => ({
      on: requireDateAsGiven(P, 'on', d?.on),
      form: requireOneOf(P, 'form', REPORT_FORMS, d?.form),
      note: optionalText(d?.note),
    }));
    if (dates.length === 0) {
      throw new DomainError(`${P}.DATES_REQUIRED`, 'A follow-up has at least one date', 'invalid');
    }
    const repeated = duplicatesOf(dates.map((d) => d.on));
    if (repeated.length > 0) {
      throw new DomainError(`${P}.FOLLOW_UP_DATE_REPEATED`, 'Each date once', 'invalid', {
        dates: repeated,
      });
    }
    const material = row?.material;
    return {
      what: requireText(P, 'what', row?.what),
      to: requireText(P, 'to', row?.to),
      dates,
      material: material
        ? {
            daysBefore: count('daysBefore', material.daysBefore),
            to: requireText(P, 'to', material.to),
          }
        : null,
    };
  });
}

export function assignmentOf(value: AgreementAssignment | undefined): AgreementAssignment {
  return {
    assignmentId: requireText(P, 'assignmentId', value?.assignmentId),
    kind: requireOneOf(P, 'assignmentKind', ASSIGNMENT_KINDS, value?.kind),
    number: optionalText(value?.number),
    title: requireText(P, 'title', value?.title),
    parts: partsOf(value?.parts),
    owedBy: textsOf('owedBy', value?.owedBy),
    followUps: followUpPlanOf(value?.followUps),
  };
}

export function economyOf(value: unknown): EconomyLine[] {
  return listOf<EconomyLine>(P, 'economy', value).map((line) => ({
    activity: requireText(P, 'activity', line?.activity),
    year: count('year', line?.year),
    volume:
      line?.volume === null || line?.volume === undefined ? null : amount('volume', line.volume),
    unitPrice:
      line?.unitPrice === null || line?.unitPrice === undefined
        ? null
        : amount('unitPrice', line.unitPrice),
    compensation: amount('compensation', line?.compensation),
    settlement: {
      period: requireOneOf(P, 'settlementPeriod', SETTLEMENT_PERIODS, line?.settlement?.period),
      basis: requireOneOf(P, 'settlementBasis', SETTLEMENT_BASES, line?.settlement?.basis),
      note: optionalText(line?.settlement?.note),
    },
  }));
}

export function goalOf(value: Goal | undefined): Goal {
  const fromYear = count('fromYear', value?.period?.fromYear);
  const toYear = count('toYear', value?.period?.toYear);
  if (toYear < fromYear) {
    throw new DomainError(`${P}.PERIOD_REVERSED`, 'A goal period ends after it starts', 'invalid');
  }
  return {
    goalId: requireText(P, 'goalId', value?.goalId),
    level: requireOneOf(P, 'goalLevel', GOAL_LEVELS, value?.level),
    setBy: requireText(P, 'setBy', value?.setBy),
    text: requireText(P, 'text', value?.text),
    period: { fromYear, toYear },
    reportedTo: optionalText(value?.reportedTo),
    desiredResults: listOf<Goal['desiredResults'][number]>(
      P,
      'desiredResults',
      value?.desiredResults,
    ).map((result) => ({
      text: requireText(P, 'text', result?.text),
      direction:
        result?.direction === null || result?.direction === undefined
          ? null
          : requireOneOf(P, 'direction', DIRECTIONS, result.direction),
      target:
        result?.target === null || result?.target === undefined
          ? null
          : amount('target', result.target),
    })),
  };
}

export function decisionOf(
  value: { [K in keyof DecisionRef]?: DecisionRef[K] | null } | null | undefined,
): DecisionRef {
  const meetingId = optionalText(value?.meetingId);
  const itemId = optionalText(value?.itemId);
  if (itemId !== null && meetingId === null) {
    throw new DomainError(
      `${P}.ITEM_WITHOUT_MEETING`,
      'An item is named with its meeting',
      'invalid',
    );
  }
  return { reference: requireText(P, 'reference', value?.reference), meetingId, itemId };
}

/**
 * Every scheduled follow-up falls inside the validity of the version that schedules it: a
 * report on the agreement's work is due while the agreement holds. Dates as the source gives
 * them are refused only when certainly outside (valid to "2025" and a follow-up in "2025-06"
 * pass; one in "2026-01" does not).
 */
export function requireFollowUpsInside(content: AgreementContent): void {
  const plans = [...content.assignments.flatMap((a) => a.followUps), ...content.economicFollowUps];
  const outside = plans
    .flatMap((row) => row.dates.map((d) => d.on))
    .filter((on) => certainlyBefore(on, content.validFrom) || certainlyBefore(content.validTo, on));
  if (outside.length > 0) {
    throw new DomainError(
      `${P}.FOLLOW_UP_OUTSIDE_VALIDITY`,
      `Follow-ups fall inside the validity ${content.validFrom} to ${content.validTo}`,
      'invalid',
      { dates: outside, validFrom: content.validFrom, validTo: content.validTo },
    );
  }
}

/** Its last day on or after its first; as given, refused only when certainly before it. */
export function requireValidity(validFrom: DateAsGiven, validTo: DateAsGiven): void {
  if (certainlyBefore(validTo, validFrom)) {
    throw new DomainError(`${P}.VALIDITY_REVERSED`, 'validTo is on or after validFrom', 'invalid', {
      validFrom,
      validTo,
    });
  }
}

function count(field: string, value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 0) {
    throw new DomainError(`${P}.INVALID_${snake(field)}`, `${field} is a whole number`, 'invalid', {
      field,
      value,
    });
  }
  return value as number;
}

function amount(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new DomainError(
      `${P}.INVALID_${snake(field)}`,
      `${field} is a number, 0 or more`,
      'invalid',
      {
        field,
        value,
      },
    );
  }
  return value;
}

const snake = (field: string) => field.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
