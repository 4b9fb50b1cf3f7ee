import { createElement } from '../shared/create-element.ts';
import type { ReportScope, ReportSummary } from './explorer-api.ts';
import { describeScope, EVERY_REPORT, isScoped } from './report-scope.ts';

/** The elements of the report filter (index.html). */
export interface ScopeFormElements {
  /** The disclosure that opens the filter. */
  disclosure: HTMLDetailsElement;
  /** Where the current scope is summed up, inside the disclosure's summary. */
  summary: HTMLElement;
  form: HTMLFormElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  /** The list the reports' checkboxes go in. */
  reports: HTMLElement;
  /** The button that goes back to every report. */
  clear: HTMLButtonElement;
  /** Where a problem with the dates is said. */
  error: HTMLElement;
}

/** The filter as the page drives it. */
export interface ScopeForm {
  /** Shows a scope (from the address) in the controls and the summary. */
  show(scope: ReportScope): void;
  /** Fills in the reports one can choose; `total` above their number says that only the newest are listed. */
  setReports(reports: readonly ReportSummary[], total: number): void;
  /** The reports listed so far. */
  reports(): readonly ReportSummary[];
}

/**
 * The report filter: a period of publication dates and a list of reports to tick, in a disclosure so it takes
 * one line until opened. Apply (or Enter in a date) hands the scope to the page; a period that ends before it
 * starts is refused in the form, next to the dates. "Every report" clears both.
 */
export function createScopeForm(elements: ScopeFormElements, onApply: (scope: ReportScope) => void): ScopeForm {
  let listed: readonly ReportSummary[] = [];
  let current: ReportScope = EVERY_REPORT;
  const { disclosure, summary, form, from, to, reports, clear, error } = elements;

  const setError = (message: string | null) => {
    error.textContent = message ?? '';
    error.hidden = message === null;
    for (const input of [from, to]) {
      if (message === null) input.removeAttribute('aria-invalid');
      else input.setAttribute('aria-invalid', 'true');
    }
  };
  const checkboxes = () => [...reports.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const render = () => {
    from.value = current.from ?? '';
    to.value = current.to ?? '';
    for (const box of checkboxes()) box.checked = current.documents.includes(box.value);
    summary.textContent = describeScope(current, listed);
    disclosure.classList.toggle('scoped', isScoped(current));
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const scope: ReportScope = {
      from: from.value || null,
      to: to.value || null,
      documents: checkboxes()
        .filter((box) => box.checked)
        .map((box) => box.value),
    };
    if (scope.from && scope.to && scope.from > scope.to) {
      setError(`The period ends (${scope.to}) before it starts (${scope.from}).`);
      from.focus();
      return;
    }
    setError(null);
    onApply(scope);
  });
  clear.addEventListener('click', () => {
    setError(null);
    onApply(EVERY_REPORT);
  });
  setError(null);

  return {
    show(scope) {
      current = scope;
      setError(null);
      render();
    },
    setReports(found, total) {
      listed = found;
      reports.replaceChildren(
        ...found.map((report) =>
          createElement(
            'li',
            {},
            createElement(
              'label',
              {},
              createElement('input', { type: 'checkbox', name: 'doc', value: report.id }),
              createElement('span', { className: 'report-name', lang: 'zh-Hans' }, report.name),
              createElement(
                'span',
                { className: 'report-meta' },
                createElement('time', { dateTime: report.publishedAt }, report.publishedAt),
                report.publisher ? ' · ' : null,
                report.publisher ? createElement('span', { lang: 'zh-Hans' }, report.publisher) : null,
              ),
            ),
          ),
        ),
        ...(total > found.length
          ? [createElement('li', { className: 'muted' }, `The ${found.length} newest of ${total} reports; choose older ones by date.`)]
          : []),
      );
      render();
    },
    reports: () => listed,
  };
}
