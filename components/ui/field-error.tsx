import * as React from "react";

import { cn } from "@/lib/utils";

function FieldError({
  id,
  className,
  children,
  ...props
}: React.ComponentProps<"p"> & { id: string }) {
  // Render nothing when empty so screen readers are not told about a blank alert.
  if (children === undefined || children === null || children === false || children === "") {
    return null;
  }

  return (
    <p
      id={id}
      role="alert"
      data-slot="field-error"
      className={cn("text-sm text-destructive", className)}
      {...props}
    >
      {children}
    </p>
  );
}

export { FieldError };
