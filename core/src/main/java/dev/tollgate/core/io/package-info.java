/**
 * File-system primitives every layer may use (atomic writes); the bottom layer, importing nothing
 * else in core.
 */
package dev.tollgate.core.io;
