package dev.tollgate.core.secrets;

/**
 * A secret found on one line of a text. Offsets are byte offsets into the buffer the line was read
 * from.
 *
 * @param kind a stable id of the kind of secret, e.g. {@code github-token} or {@code generic}
 * @param label what to call it in a message, e.g. {@code GitHub token}
 * @param value the secret itself; never to be shown whole (see {@link Secrets#mask})
 * @param line the 1-based line the secret is reported at: for the body of a private key on a later
 *     line, the line of its {@code -----BEGIN} header
 * @param from where the finding starts on the scanned line (its column is {@code from - start + 1})
 * @param valueFrom where the secret's value starts on the scanned line
 * @param valueTo where the secret's value ends (exclusive) on the scanned line
 */
public record Secret(
    String kind, String label, String value, int line, int from, int valueFrom, int valueTo) {}
