// Must compile: a 2019 table 二 (the tables of 上海市人民政府办公厅's report on 2019) is a
// table 二 of the full schema (schema/ogi-report.schema.json).
import type { Report } from '../generated/ogi-report';

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
