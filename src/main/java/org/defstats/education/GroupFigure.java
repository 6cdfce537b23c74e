package org.defstats.education;

import java.math.BigDecimal;

/**
 * A group's count, the year's total, its share and the change in percentage points from the previous
 * year ({@code null} for the first year or when the previous year is not in the input).
 */
public record GroupFigure(int year, long count, long total, BigDecimal sharePct, BigDecimal changePoints) {
}
