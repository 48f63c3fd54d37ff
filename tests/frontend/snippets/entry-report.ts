// Must compile: a report built with the types of the entry schema
// (schema/ogi-report-2021.schema.json) is a report of the full schema too.
import type { Report as FullReport } from '../generated/ogi-report';
import type { ApplicantRow, CaseOutcomes, Report } from '../generated/ogi-report-2021';

const row = (naturalPerson = 0): ApplicantRow => ({
  natural_person: naturalPerson,
  commercial_enterprise: 0,
  research_institution: 0,
  social_welfare_organization: 0,
  legal_service_organization: 0,
  other_organization: 0,
  total: naturalPerson,
});
const cases = (): CaseOutcomes => ({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
const none = { issued: 0, repealed: 0, in_force: 0 };

export const entered: Report = {
  format_version: '2021',
  agency: { name: '某县交通运输局', kind: 'department', region_code: '370502' },
  year: 2024,
  overview: {},
  proactive_disclosure: {
    rules: none,
    normative_documents: none,
    administrative_licensing_decisions: 0,
    administrative_penalty_decisions: 0,
    administrative_coercion_decisions: 0,
    administrative_fees_10k_yuan: 0,
  },
  applications: {
    new_received: row(1),
    carried_over_from_previous_year: row(),
    outcomes: {
      disclosed: row(1),
      partially_disclosed: row(),
      not_disclosed: {
        state_secret: row(),
        prohibited_by_laws_and_regulations: row(),
        endangers_security_or_stability: row(),
        third_party_rights: row(),
        internal_affairs: row(),
        process_information: row(),
        law_enforcement_case_files: row(),
        administrative_inquiry: row(),
      },
      unable_to_provide: {
        not_held: row(),
        requires_new_compilation: row(),
        unclear_after_supplement: row(),
      },
      not_processed: {
        petition_or_complaint: row(),
        repeated_application: row(),
        public_publication_requested: row(),
        excessive_without_reason: row(),
        confirm_or_reissue_requested: row(),
      },
      other_handling: { no_supplement_in_time: row(), fee_not_paid: row(), other: row() },
      total: row(1),
    },
    carried_forward_to_next_year: row(),
  },
  review_and_litigation: {
    administrative_review: cases(),
    litigation_without_review: cases(),
    litigation_after_review: cases(),
  },
  problems_and_improvements: {},
  other_matters: {},
};

export const stored: FullReport = entered;
