/**
 * CI environment detection: one small class per CI system, each reading only its own environment
 * variables.
 */
package dev.tollgate.core.ci;
