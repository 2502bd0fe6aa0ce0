/**
 * Stage 8, the command line: the {@code gongkai} commands (build, check, serve, new, generate) and how
 * their results and diagnostics are shown. Entry point: {@link org.gongkai.cli.Main}. May use every
 * other package.
 */
package org.gongkai.cli;
