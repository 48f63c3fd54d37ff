// Must NOT compile: the entry schema (schema/ogi-report-2021.schema.json) has only the 2021
// table 二, so the same 2019 table is an error (checked by check.mjs, which expects tsc to name
// `new_made`, a column of the 2019 table).
import type { Report } from '../generated/ogi-report-2021';

export const table: Report['proactive_disclosure'] = {
  rules: { new_made: 13, new_published: 13, total_published: 524 },
  normative_documents: { new_made: 60, new_published: 60, total_published: 368 },
  administrative_licensing: { previous_year_items: 0, change: 0, decisions: 0 },
  other_external_management_services: { previous_year_items: 0, change: 0, decisions: 0 },
  administrative_penalty: { previous_year_items: 0, change: 0, decisions: 0 },
  administrative_coercion: { previous_year_items: 0, change: 0, decisions: 0 },
  administrative_fees: { previous_year_items: 0, change: 0 },
  government_procurement: { items: 6, total_amount: { value: 251000, unit: 'yuan' } },
};
