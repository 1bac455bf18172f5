import { activeContract } from './activeContract';
import { academicByTraining } from './academicByTraining';
import { careLog } from './careLog';
import { classStaff } from './classStaff';
import { dayCovered } from './dayCovered';
import { gradeServed } from './gradeServed';
import { lateCareEndsEarly } from './lateCareEndsEarly';
import { noLateCare } from './noLateCare';
import { operatingFund } from './operatingFund';
import { outsideCalendar } from './outsideCalendar';
import { personInCharge } from './personInCharge';
import { providerBanned } from './providerBanned';
import { segments } from './segments';
import { serviceEnd } from './serviceEnd';
import { shortDay } from './shortDay';
import { smallHomeworkGroup } from './smallHomeworkGroup';
import { staffCertificate } from './staffCertificate';
import { complianceRuleCodes, type ComplianceRule } from './ruleTypes';

/** The registry: every rule of the report, in the order the report and the district overview show them. */
export const complianceRules: readonly ComplianceRule[] = [
  dayCovered,
  shortDay,
  noLateCare,
  lateCareEndsEarly,
  gradeServed,
  segments,
  outsideCalendar,
  serviceEnd,
  smallHomeworkGroup,
  personInCharge,
  activeContract,
  academicByTraining,
  providerBanned,
  staffCertificate,
  classStaff,
  careLog,
  operatingFund,
];

// Every code has exactly one rule (checked when the module loads, so a forgotten registration fails every test).
const registered = complianceRules.map((rule) => rule.code).sort();
if (registered.join() !== [...complianceRuleCodes].sort().join()) throw new Error(`Compliance rules and codes differ: ${registered.join()}`);
