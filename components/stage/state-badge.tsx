import { CheckIcon, LockIcon, PencilLineIcon, EyeIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { STATE_LABELS, type SectionState } from "@/lib/stages";

const LOOK: Record<
  SectionState,
  { variant: "outline" | "secondary" | "success" | "warning"; Icon: typeof LockIcon }
> = {
  LOCKED: { variant: "outline", Icon: LockIcon },
  DRAFTING: { variant: "secondary", Icon: PencilLineIcon },
  IN_REVIEW: { variant: "warning", Icon: EyeIcon },
  COMPLETE: { variant: "success", Icon: CheckIcon },
};

/** A stage's state, in words and with an icon, never by colour alone. */
export function StateBadge({ state }: { state: SectionState }) {
  const { variant, Icon } = LOOK[state];
  return (
    <Badge variant={variant} data-state={state}>
      <Icon aria-hidden /> {STATE_LABELS[state]}
    </Badge>
  );
}
