"""DuckDB reads the exports and gives the sums of the crate's roll-up.

Usage: check_export.py DIR
DIR holds (made by .ci/analysts):
  long.csv long.parquet wide.csv wide.parquet  the export of the reports
  roll-ups.csv                                 the long export of their roll-up per year
                                               (examples/roll_up.rs: Report::roll_up)
Every (year, table, row, column) sum of the long exports, and every key figure summed from
the wide exports, equals the roll-up's figure. Then the README's query runs and is printed.
Prints `ok ...`/`FAIL ...` lines and `export: N passed, N failed`.
"""

import sys
from decimal import Decimal

import duckdb

folder = sys.argv[1]
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what}")


db = duckdb.connect()
roll_up = {
    (year, table, row, column): (value, amount)
    for year, table, row, column, value, amount in db.execute(
        f"SELECT year, \"table\", row_id, column_id, value, amount FROM read_csv('{folder}/roll-ups.csv', all_varchar=true)"
    ).fetchall()
}
roll_up = {(int(k[0]),) + k[1:]: v for k, v in roll_up.items()}

for form in ("csv", "parquet"):
    source = f"read_csv('{folder}/long.csv')" if form == "csv" else f"'{folder}/long.parquet'"
    sums = db.execute(
        f"""SELECT year, "table", row_id, column_id, sum(value), sum(CAST(amount AS DECIMAL(38, 10)))
            FROM {source} GROUP BY ALL"""
    ).fetchall()
    check(len(sums) == len(roll_up), f"{form}: {len(sums)} cells summed, the roll-up has {len(roll_up)}")
    wrong = 0
    for year, table, row, column, total, amount in sums:
        expected = roll_up.get((int(year), table, row, column or None)) or roll_up.get((int(year), table, row, column))
        if expected is None:
            wrong += 1
            print(f"FAIL {form}: {year} {table} {row} {column} not in the roll-up")
            continue
        value, expected_amount = expected
        if expected_amount is not None:
            ok = Decimal(expected_amount) == Decimal(amount)
        else:
            ok = int(value) == int(total)
        if not ok:
            wrong += 1
            print(f"FAIL {form}: {year} {table} {row} {column}: {total or amount} summed, roll-up {value or expected_amount}")
    check(wrong == 0, f"{form}: long sums")
    if wrong == 0:
        print(f"ok {form}: every cell summed by year equals the roll-up ({len(sums)} cells)")

    wide = f"read_csv('{folder}/wide.csv')" if form == "csv" else f"'{folder}/wide.parquet'"
    figures = {
        "received": ("三", "new_received", "total"),
        "carried_over": ("三", "carried_over_from_previous_year", "total"),
        "disclosed": ("三", "outcomes/disclosed", "total"),
        "results_total": ("三", "outcomes/total", "total"),
        "carried_forward": ("三", "carried_forward_to_next_year", "total"),
        "administrative_review_total": ("四", "administrative_review", "total"),
        "litigation_after_review_corrected": ("四", "litigation_after_review", "corrected"),
    }
    columns = ", ".join(f"sum({name})" for name in figures)
    wrong = 0
    for year, *values in db.execute(f"SELECT year, {columns} FROM {wide} GROUP BY year").fetchall():
        for (name, key), value in zip(figures.items(), values):
            expected = roll_up[(int(year),) + key][0]
            if int(expected) != int(value):
                wrong += 1
                print(f"FAIL {form} wide: {year} {name}: {value} summed, roll-up {expected}")
    not_disclosed = db.execute(
        f"SELECT year, sum(not_disclosed) FROM {wide} GROUP BY year"
    ).fetchall()
    for year, value in not_disclosed:
        expected = sum(
            int(v)
            for (y, t, row, column), (v, _) in roll_up.items()
            if y == int(year) and t == "三" and row.startswith("outcomes/not_disclosed/") and column == "total"
        )
        if expected != int(value):
            wrong += 1
            print(f"FAIL {form} wide: {year} not_disclosed: {value} summed, roll-up {expected}")
    check(wrong == 0, f"{form}: wide sums")
    if wrong == 0:
        print(f"ok {form} wide: key figures summed by year equal the roll-up")

# The README's query: applications received and disclosure rate by year and agency kind.
query = f"""
SELECT year, kind,
       sum(received) AS received,
       round(100 * sum(disclosed + partially_disclosed) / sum(results_total), 1) AS disclosure_rate
FROM '{folder}/wide.parquet'
GROUP BY year, kind
ORDER BY year, kind
"""
rows = db.execute(query).fetchall()
check(len(rows) > 0, "the README's query gives rows")
for row in rows:
    print("   ", *row)
print(f"export: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
