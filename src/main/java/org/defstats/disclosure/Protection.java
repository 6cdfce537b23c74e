package org.defstats.disclosure;

import java.util.List;

/** A job's tables after disclosure control, in the order they were given, with the audit that proves them safe. */
public record Protection(List<ProtectedTable> tables, AuditSummary audit) {

    public Protection {
        tables = List.copyOf(tables);
    }
}
