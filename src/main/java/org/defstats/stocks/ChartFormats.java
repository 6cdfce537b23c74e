package org.defstats.stocks;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.YearMonth;
import java.util.Locale;

import org.defstats.chart.ChartStyle;
import org.defstats.text.Language;
import org.defstats.text.Messages;

/** Number formats and labels the stocks charts share; labels from the stocks message catalogue. */
final class ChartFormats {

    private ChartFormats() {
    }

    /** Whole persons with a sign, English grouping: "+1,052", "-1", "0". */
    static NumberFormat signed() {
        return new DecimalFormat("+#,##0;-#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)) {
            private static final long serialVersionUID = 1L;

            @Override
            public StringBuffer format(long number, StringBuffer out, FieldPosition position) {
                return number == 0 ? out.append('0') : super.format(number, out, position);
            }

            @Override
            public StringBuffer format(double number, StringBuffer out, FieldPosition position) {
                return number == 0 ? out.append('0') : super.format(number, out, position);
            }
        };
    }

    /** Whole persons without sign, for an axis whose left half counts men as negative numbers: -2,000 is "2,000". */
    static NumberFormat unsigned() {
        return new NumberFormat() {
            private static final long serialVersionUID = 1L;
            private final NumberFormat persons = ChartStyle.integerFormat();

            @Override
            public StringBuffer format(double number, StringBuffer out, FieldPosition position) {
                return persons.format(Math.abs(number), out, position);
            }

            @Override
            public StringBuffer format(long number, StringBuffer out, FieldPosition position) {
                return persons.format(Math.abs(number), out, position);
            }

            @Override
            public Number parse(String source, ParsePosition position) {
                return persons.parse(source, position);
            }
        };
    }

    /** The stocks message catalogue in {@code language}. */
    static Messages messages(Language language) {
        return Messages.of(ChartFormats.class, language);
    }

    /** How charts name a sex: "men", "women", "all". */
    static String sex(Sex sex, Messages text) {
        return text.get("sex." + sex.code());
    }

    /** The column of a snapshot and sex, e.g. "2020-09 women". */
    static String snapshot(YearMonth asOf, Sex sex, Messages text) {
        return text.get("snapshot", asOf, sex(sex, text));
    }

    /** What charts call a breakdown, e.g. "Occupation in North Korea". */
    static String title(Breakdown breakdown, Messages text) {
        return text.get("breakdown." + breakdown.code());
    }

    /** What charts call a category of a breakdown, e.g. "laborer". */
    static String category(Breakdown breakdown, String category, Messages text) {
        return text.get("category." + breakdown.code() + "." + category);
    }
}
