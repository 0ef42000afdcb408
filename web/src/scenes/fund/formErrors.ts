// The partner's forms' errors: one message per field, shown under the field (Mantine links it
// with aria-describedby and marks the input aria-invalid), whether the form found it before
// sending or the API named the field in its answer; and the focus moved to the first field in
// error (or to the form's alert when no field is named), so a keyboard or screen reader user
// lands where the problem is.
import { type RefObject, useEffect, useMemo } from 'react';
import { ApiError } from '../../api/client.ts';

export type FieldErrors = Partial<Record<string, string>>;

/** The API's field messages, by the form's field names (`body.<field>` and below). */
export function useFieldErrors(error: Error | null, fields: Record<string, string>): FieldErrors {
  // The field map is a literal, the same on every render: the messages change with the error only
  // (a new object on every render would move the focus again while the user types).
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  return useMemo(() => {
    if (!(error instanceof ApiError)) return {};
    const out: FieldErrors = {};
    for (const [name, field] of Object.entries(fields)) {
      const message = error.fieldError(field);
      if (message) out[name] = message;
    }
    return out;
  }, [error]);
}

/** After errors are shown: the first invalid field of the form takes the focus, else its alert. */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, errors: FieldErrors) {
  useEffect(() => {
    if (!form.current) return;
    const invalid = form.current.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else if (Object.keys(errors).length === 0) form.current.querySelector<HTMLElement>('[role="alert"]')?.focus();
  }, [errors, form]);
}
