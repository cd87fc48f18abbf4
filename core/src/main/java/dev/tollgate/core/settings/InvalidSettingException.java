package dev.tollgate.core.settings;

/**
 * A setting whose value cannot be used: the message names the {@code tollgate.*} property, the
 * value given and the values accepted. A user mistake, never breakage.
 */
public final class InvalidSettingException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String key;

  /**
   * @param key the property name, e.g. {@code tollgate.skip}
   * @param message what is wrong and what is accepted, without the key
   */
  public InvalidSettingException(String key, String message) {
    super(key + ": " + message);
    this.key = key;
  }

  /** The property name the value was given for. */
  public String key() {
    return key;
  }
}
