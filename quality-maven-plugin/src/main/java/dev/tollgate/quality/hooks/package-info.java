/** Installing the git hooks from Maven: shared by the install goals and the Maven extension. */
package dev.tollgate.quality.hooks;
