/** The HTTP status an Octokit request error carries, if any. */
export const httpStatusOf = (error: unknown): number | undefined =>
  typeof (error as { status?: unknown }).status === 'number'
    ? (error as { status: number }).status
    : undefined;
