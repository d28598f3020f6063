"use client";

import { useEffect, useRef } from "react";

/**
 * Asks before the tab closes or navigates away while `armed` and
 * `shouldWarn()` says so as the tab closes. `armed` changes rarely (edits
 * made, and not yet stored); `shouldWarn` is read only at that moment, so a
 * state that flips with every keystroke (edits the server has not
 * acknowledged) costs nothing while typing.
 */
export function useUnloadWarning(armed: boolean, shouldWarn: () => boolean = () => true) {
  const check = useRef(shouldWarn);
  useEffect(() => {
    check.current = shouldWarn;
  }, [shouldWarn]);

  useEffect(() => {
    if (!armed) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!check.current()) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [armed]);
}
