import type * as React from "react";
import { FieldError } from "@/components/form-error";
import { Label } from "@/components/ui/label";

/**
 * A form control (the children, with the given `id`) under its label, with a line below it: the
 * error when there is one, else the hint. That line's id is `${id}-hint`: point the control's
 * aria-describedby at it (only while there is an error, for a field without a hint).
 */
export function LabelledField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: string | undefined;
  children: React.ReactNode;
}) {
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {error ? (
        <FieldError id={`${id}-hint`} message={error} />
      ) : (
        hint && (
          <p id={`${id}-hint`} className="text-xs text-muted-foreground">
            {hint}
          </p>
        )
      )}
    </div>
  );
}
