"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;
type FormState = { failure?: Failure; values: Record<string, string | undefined> };
const INITIAL: FormState = { values: {} };

/**
 * Runs a server action from a <form>, keeping its last refusal so each field
 * can show its reason. The form keeps what was typed: React resets
 * uncontrolled inputs after an action, so inputs take `defaultValue` from
 * `values`.
 */
export function useActionForm<T>(
  action: (input: FormData) => Promise<ActionResult<T>>,
  onSuccess?: (data: T) => void,
) {
  const [state, formAction, pending] = useActionState(
    async (_previous: FormState, formData: FormData): Promise<FormState> => {
      const values = Object.fromEntries(
        [...formData.entries()].filter(
          ([key, value]) => typeof value === "string" && !key.startsWith("$") && key !== "password",
        ),
      ) as Record<string, string>;
      const result = await action(formData);
      if (result.ok) {
        onSuccess?.(result.data);
        return { values: {} };
      }
      return { failure: result, values };
    },
    INITIAL,
  );
  const fieldError = (name: string) => state.failure?.fields?.[name];
  const formError = state.failure && !state.failure.fields ? state.failure.error : undefined;
  return {
    formAction,
    pending,
    failure: state.failure,
    values: state.values,
    fieldError,
    formError,
  };
}
