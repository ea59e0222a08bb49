import { apiError, type Parsed } from './api-error';

/**
 * How long one request to a heavy endpoint may compute (milliseconds). Node cannot pre-empt
 * synchronous work, so the work itself checks the clock between its units (an event, a pair of
 * columns) and stops there: a request may overrun by one unit, never by the whole job.
 */
export const TIME_BUDGET_MS = 2000;

/** Thrown by a deadline's check once the budget is spent. */
export class BudgetExceededError extends Error {
  constructor(readonly budgetMs: number) {
    super(`the request needed more than its ${budgetMs} ms`);
  }
}

/** A check to call between units of work: throws BudgetExceededError once `ms` have passed. */
export function createDeadline(ms: number = TIME_BUDGET_MS): () => void {
  const end = performance.now() + ms;
  return () => {
    if (performance.now() > end) throw new BudgetExceededError(ms);
  };
}

/**
 * What `work` computes within the budget, or a 503 `unavailable` error when it ran over: the
 * server stays free for other requests rather than finishing a runaway one.
 */
export function computeWithinBudget<T>(
  work: (checkDeadline: () => void) => T,
  ms: number = TIME_BUDGET_MS,
): Parsed<T> {
  try {
    return { ok: true, value: work(createDeadline(ms)) };
  } catch (error) {
    if (!(error instanceof BudgetExceededError)) throw error;
    const message = `${error.message}: narrow the query (fewer events or themes, a shorter window)`;
    return { ok: false, error: apiError('unavailable', message) };
  }
}
