package dev.tollgate.core.tools;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Severity;

/**
 * What a rule says about one value, before it has a place: a scanner turns it into a {@link
 * Finding} at the file, line and column of the value.
 *
 * @param rule the rule id
 * @param severity how serious
 * @param message what is wrong
 * @param hint the fix
 */
record Problem(String rule, Severity severity, String message, String hint) {

  Finding at(String path, int line, int column) {
    return new Finding(rule, severity, Location.file(path, line, column), message, hint);
  }
}
