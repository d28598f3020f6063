import { Avatar, AvatarFallback } from "@/components/ui/avatar";
import { cn } from "@/lib/utils";
import { initialsOf } from "@/lib/initials";

/** Initials on a colour derived from the name, so people are recognisable at a glance. */
export function UserAvatar({ name, className }: { name: string; className?: string }) {
  const initials = initialsOf(name);
  const hue = [...name].reduce((sum, char) => sum + char.charCodeAt(0), 0) % 360;
  return (
    <Avatar className={cn("size-8", className)}>
      <AvatarFallback
        className="text-xs font-medium text-white"
        style={{ backgroundColor: `oklch(0.55 0.12 ${hue})` }}
      >
        {initials || "?"}
      </AvatarFallback>
    </Avatar>
  );
}
