// Must compile: a report in the 2019 edition (table 二 of 2019, （六）其他处理 in one row, the
// 总计 of a row left blank) with the types of the full schema (schema/ogi-report.schema.json).
import type { ApplicantRow, CaseOutcomes, ProactiveDisclosure2019, Report } from '../generated/ogi-report';

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
const items = { previous_year_items: 120, change: -18, decisions: 3051 };
const table: ProactiveDisclosure2019 = {
  rules: { new_made: 13, new_published: 13, total_published: 524 },
  normative_documents: { new_made: 60, new_published: 60, total_published: 368 },
  administrative_licensing: items,
  other_external_management_services: items,
  administrative_penalty: items,
  administrative_coercion: items,
  administrative_fees: { previous_year_items: 3, change: 0 },
  government_procurement: { items: 6, total_amount: { value: 25.1, unit: '10k_yuan' } },
};

export const report: Report = {
  format_version: '2019',
  agency: { name: '某市人民政府办公厅', kind: 'government_office', compiled_by: '某市人民政府办公厅' },
  year: 2020,
  overview: {},
  proactive_disclosure: table,
  applications: {
    new_received: row(3),
    carried_over_from_previous_year: row(),
    outcomes: {
      disclosed: { ...row(3), total: 0 },
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
      other_handling: row(),
      total: row(3),
    },
    carried_forward_to_next_year: row(),
  },
  review_and_litigation: {
    administrative_review: cases(),
    litigation_without_review: cases(),
    litigation_after_review: cases(),
  },
  problems_and_improvements: {},
  other_matters: { processing_fees: { collected_yuan: 3940 } },
  blank_cells: ['/applications/outcomes/disclosed/total'],
};
