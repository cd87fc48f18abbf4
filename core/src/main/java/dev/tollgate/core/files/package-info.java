/** File guard rails: scanners over the files of a repository. */
package dev.tollgate.core.files;
