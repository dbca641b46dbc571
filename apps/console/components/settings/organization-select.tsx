"use client";

import type { Organization } from "@shipyard/contract";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

export const noOrganization = "none";

/** Picks an organisation by id; `none` (noOrganization) stands for "no organisation" where that is allowed. */
export function OrganizationSelect({
  id,
  value,
  onChange,
  organizations,
  noneLabel,
  placeholder = "Pick an organisation",
  invalid,
  describedBy,
  disabled,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  organizations: readonly Organization[];
  /** Offer "no organisation" under this label. */
  noneLabel?: string;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
}) {
  return (
    <Select value={value} onValueChange={onChange} disabled={disabled}>
      <SelectTrigger id={id} className="w-full" aria-invalid={invalid ? true : undefined} aria-describedby={describedBy}>
        <SelectValue placeholder={placeholder} />
      </SelectTrigger>
      <SelectContent>
        {noneLabel && <SelectItem value={noOrganization}>{noneLabel}</SelectItem>}
        {organizations.map((o) => (
          <SelectItem key={o.id} value={o.id}>
            {o.name} <span className="text-muted-foreground">({o.slug})</span>
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
