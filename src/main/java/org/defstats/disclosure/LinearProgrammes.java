package org.defstats.disclosure;

import org.ojalgo.optimisation.ExpressionsBasedModel;

/** Where the disclosure package's linear programmes are made, so that ojAlgo is set up once, quietly. */
final class LinearProgrammes {

    static {
        // ojAlgo prints a paragraph to standard output when it meets hardware it has no profile for (this machine,
        // most servers): nightly runs must be quiet, and the profile only tunes matrix block sizes.
        if (System.getProperty("shut.up.ojAlgo") == null) {
            System.setProperty("shut.up.ojAlgo", "true");
        }
    }

    private LinearProgrammes() {
    }

    static ExpressionsBasedModel model() {
        return new ExpressionsBasedModel();
    }
}
