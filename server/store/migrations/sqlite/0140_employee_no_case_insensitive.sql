-- Employee numbers are unique within an organisation whatever their letter case and
-- surrounding spaces (docs/api.md, Employees): a unique index on lower(trim(employee_no)).
-- Numbers stored before this rule may already collide ("E0001" and "e0001 "): the migration
-- must not fail on them and must not rename anyone's number, so every colliding row but the
-- first (by id) is marked as a pre-existing duplicate and left out of the index. The mark
-- goes when its number is changed (EmployeeStore::update); until then the API refuses to give
-- any other employee that number.
ALTER TABLE employees ADD COLUMN employee_no_legacy_duplicate INTEGER NOT NULL DEFAULT 0;

UPDATE employees SET employee_no_legacy_duplicate = 1
 WHERE EXISTS (SELECT 1 FROM employees AS earlier
                WHERE earlier.org_id = employees.org_id
                  AND lower(trim(earlier.employee_no)) = lower(trim(employees.employee_no))
                  AND earlier.id < employees.id);

CREATE UNIQUE INDEX employees_org_employee_no_folded
    ON employees (org_id, lower(trim(employee_no)))
    WHERE employee_no_legacy_duplicate = 0;

-- The lookup EmployeeStore::employeeNoTaken makes (the unique index above is partial, so it
-- cannot serve a query that must also see the marked rows).
CREATE INDEX employees_org_employee_no_folded_lookup
    ON employees (org_id, lower(trim(employee_no)));
