package org.defstats.register;

import java.time.YearMonth;

import org.defstats.education.Level;
import org.defstats.stocks.Occupation;
import org.defstats.stocks.Sex;

/**
 * One checked row of a register: a defector as the register records them. It is folded into the counts of the
 * job's tables while the register is read and never staged or kept.
 *
 * @param id        the register's id of the person, a whole number; ids rise strictly through the file
 * @param arrival   the month of arrival in South Korea
 * @param sex       {@link Sex#MALE} or {@link Sex#FEMALE}
 * @param birthYear the year of birth
 */
public record Person(long id, YearMonth arrival, Sex sex, int birthYear, Level education, Occupation occupation,
        Province province) {

    /** The birthday of a person whose register gives only the year of birth is taken to fall on 1 July. */
    public static final int BIRTHDAY_MONTH = 7;

    /**
     * Age at entry in completed years: the years from birth to the arrival year, one less when the person arrived
     * before the 1 July birthday the register's year of birth stands for.
     */
    public int ageAtEntry() {
        return arrival.getYear() - birthYear - (arrival.getMonthValue() < BIRTHDAY_MONTH ? 1 : 0);
    }
}
