import type { DemoAction } from "./types";
import { earlyHelpProgramme1Actions } from "./actions/early-help-programme-1";
import { earlyHelpProgramme5Actions } from "./actions/early-help-programme-5";
import { healthWellbeingActions } from "./actions/health-wellbeing";
import { mentalHealthActions } from "./actions/mental-health";
import { educationActions } from "./actions/education";
import { vulnerableChildrenActions } from "./actions/vulnerable-children";
import { workforceActions } from "./actions/workforce";

/** The 2017/18 action plans of all seven improvement programmes, in programme order. */
export const actions: DemoAction[] = [
  ...earlyHelpProgramme1Actions,
  ...earlyHelpProgramme5Actions,
  ...healthWellbeingActions,
  ...mentalHealthActions,
  ...educationActions,
  ...vulnerableChildrenActions,
  ...workforceActions,
].sort((a, b) => a.programmeNumber - b.programmeNumber);
