/** POM reading for version pins, and lossless version edits. */
package dev.tollgate.core.pom;
