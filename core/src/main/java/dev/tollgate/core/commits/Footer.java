package dev.tollgate.core.commits;

import java.util.Objects;

/**
 * One footer (git trailer) of a commit message: {@code Token: value} or {@code Token #value}.
 *
 * @param token the token, e.g. {@code Refs}, {@code Signed-off-by} or {@code BREAKING CHANGE}
 * @param separator {@code ": "} or {@code " #"}, as written
 * @param value the value; continuation lines are kept, joined with {@code \n}
 */
public record Footer(String token, String separator, String value) {

  public Footer {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(separator, "separator");
    Objects.requireNonNull(value, "value");
  }

  /** Whether this is a {@code BREAKING CHANGE} or {@code BREAKING-CHANGE} footer. */
  public boolean isBreakingChange() {
    return token.equals("BREAKING CHANGE") || token.equals("BREAKING-CHANGE");
  }

  /** The footer as it is written: {@code Refs: #12}, {@code Closes #12}. */
  @Override
  public String toString() {
    return token + separator + value;
  }
}
