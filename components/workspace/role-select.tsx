"use client";

import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { ROLES, ROLE_INFO, type Role } from "@/lib/roles";

type Props = {
  value?: Role;
  defaultValue?: Role;
  name?: string;
  id?: string;
  disabled?: boolean;
  "aria-label"?: string;
  onValueChange?: (role: Role) => void;
};

/** Picks a workspace role, with what each role may do. */
export function RoleSelect({ onValueChange, "aria-label": ariaLabel, id, ...props }: Props) {
  return (
    <Select {...props} onValueChange={(value) => onValueChange?.(value as Role)}>
      <SelectTrigger id={id} aria-label={ariaLabel} className="w-36">
        <SelectValue placeholder="Role" />
      </SelectTrigger>
      <SelectContent>
        {ROLES.map((role) => (
          // Only the label goes in the item: Radix repeats an item's text in the closed trigger.
          <SelectItem key={role} value={role} title={ROLE_INFO[role].description}>
            {ROLE_INFO[role].label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
