"use client";

import type { Role } from "@shipyard/contract";
import { LabelledField } from "@/components/labelled-field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { roleDescriptions, roleLabels, roles } from "@/lib/directory";

/** Picks a user's role, with what the picked role may do written under it. */
export function RoleField({ id, value, onChange }: { id: string; value: Role; onChange: (role: Role) => void }) {
  return (
    <LabelledField id={id} label="Role" hint={roleDescriptions[value]}>
      <Select value={value} onValueChange={(v) => onChange(v as Role)}>
        <SelectTrigger id={id} className="w-full" aria-describedby={`${id}-hint`}>
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {roles.map((r) => (
            <SelectItem key={r} value={r}>
              {roleLabels[r]}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </LabelledField>
  );
}
