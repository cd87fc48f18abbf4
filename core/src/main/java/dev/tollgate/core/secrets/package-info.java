/**
 * What a secret in a string is, and how it is shown: the detectors ({@link
 * dev.tollgate.core.secrets.SecretScanner}) and the masking rule ({@link
 * dev.tollgate.core.secrets.Secrets}). The bottom layer of core, with {@code report} right above
 * it: it imports nothing else from core, so that both the files check and the reporters use this
 * one definition.
 */
package dev.tollgate.core.secrets;
