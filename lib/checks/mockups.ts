import type { StageChecks } from "./types";

// Filled in by the stage's checks (issue 7); until then the stage has none.
export const mockupsChecks: StageChecks = () => ({ checks: [] });
