import type { Evidence, ReportScope, ReportSummary } from './explorer-api.ts';

/** No period and no chosen reports: everything the graph holds. */
export const EVERY_REPORT: ReportScope = { from: null, to: null, documents: [] };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads the scope from an address's query (?from=2021-01-01&to=…&doc=document:…&doc=…); a date that is not an
 * ISO date is ignored, as is anything that cannot name a document, so a hand-edited address still shows something.
 */
export function readScope(params: URLSearchParams): ReportScope {
  const date = (name: string) => {
    const value = params.get(name);
    return value !== null && ISO_DATE.test(value) ? value : null;
  };
  const documents = [...new Set(params.getAll('doc').filter((id) => id.startsWith('document:')))];
  return { from: date('from'), to: date('to'), documents };
}

/** The scope as an address's query parameters, in the order readScope reads them. */
export function scopeParams(scope: ReportScope): Array<[string, string]> {
  return [
    ...(scope.from ? [['from', scope.from] as [string, string]] : []),
    ...(scope.to ? [['to', scope.to] as [string, string]] : []),
    ...scope.documents.map((id): [string, string] => ['doc', id]),
  ];
}

/** True when the scope leaves some report out. */
export function isScoped(scope: ReportScope): boolean {
  return scope.from !== null || scope.to !== null || scope.documents.length > 0;
}

/** True when a report, by its id and date, is one the scope keeps. */
export function keepsReport(scope: ReportScope, report: { id: string; publishedAt: string }): boolean {
  if (scope.from && report.publishedAt < scope.from) return false;
  if (scope.to && report.publishedAt > scope.to) return false;
  return scope.documents.length === 0 || scope.documents.includes(report.id);
}

/** True when the words of an evidence come from a report the scope keeps. */
export function keepsEvidence(scope: ReportScope, evidence: Evidence): boolean {
  return keepsReport(scope, evidence.document);
}

/**
 * The scope in a few words, for the filter's summary and the status line ("… relations from <words>"): every
 * report, the report of 2021-06-04, 2 chosen reports, reports published from 2022-01-01 …
 */
export function describeScope(scope: ReportScope, reports: readonly ReportSummary[]): string {
  if (!isScoped(scope)) return 'every report';
  const [only] = scope.documents;
  const known = scope.documents.length === 1 ? reports.find((report) => report.id === only) : undefined;
  const which =
    scope.documents.length === 0
      ? 'reports'
      : known
        ? `the report of ${known.publishedAt}`
        : `${scope.documents.length} chosen ${scope.documents.length === 1 ? 'report' : 'reports'}`;
  const period =
    scope.from && scope.to
      ? `published ${scope.from} to ${scope.to}`
      : scope.from
        ? `published from ${scope.from}`
        : scope.to
          ? `published up to ${scope.to}`
          : null;
  if (period === null) return which;
  return scope.documents.length === 0 ? `${which} ${period}` : `${which}, ${period}`;
}
