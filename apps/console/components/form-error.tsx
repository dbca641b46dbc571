"use client";

import { CircleAlert } from "lucide-react";
import { describeError } from "@/lib/api";

/** A failed form submission, inside the form: the server's message and what to do about it. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  const { message, suggestion } = describeError(error);
  return (
    <div role="alert" className="flex gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm">
      <CircleAlert className="mt-0.5 size-4 shrink-0 text-destructive" aria-hidden="true" />
      <div className="min-w-0">
        <p className="font-medium break-words">{message}</p>
        {suggestion && <p className="break-words text-muted-foreground">{suggestion}</p>}
      </div>
    </div>
  );
}

/** A field's validation message, tied to its input by id. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-xs text-destructive">
      {message}
    </p>
  );
}
