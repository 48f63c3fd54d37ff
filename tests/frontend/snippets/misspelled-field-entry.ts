// Must NOT compile: the entry schema's types are closed too, so a misspelled field is an error
// (checked by check.mjs, which expects tsc to name `natural_persons`).
import type { ApplicantRow } from '../generated/ogi-report-2021';

export const row: ApplicantRow = {
  natural_persons: 3,
  commercial_enterprise: 0,
  research_institution: 0,
  social_welfare_organization: 0,
  legal_service_organization: 0,
  other_organization: 0,
  total: 3,
};
