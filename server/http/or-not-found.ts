import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/server/errors";

/**
 * For pages: the data layer refuses what a person may not see with a 404
 * AppError (right for the JSON API); a page must render the not-found page
 * for it, not the error page with a 500.
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}
