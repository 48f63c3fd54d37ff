// Must NOT compile: `blank_cells` lists the number cells it may name, so a pointer to no cell
// is an error (checked by check.mjs, which expects tsc to name the misspelled pointer).
import type { Report } from '../generated/ogi-report';

export const blank: Report['blank_cells'] = ['/applications/outcomes/disclosed/totl'];
