/**
 * Stage 4, checking: finds what is wrong or doubtful in the content (identities that do not add up,
 * scores that do not match their rules, references to units or years that are not there), as
 * diagnostics for clerks. Entry point: {@link org.gongkai.check.Checker}.
 *
 * <p>Uses {@code model}, {@code load} (did-you-mean suggestions, record shapes) and {@code derive}: it
 * checks the derived figures, so it comes after {@code derive}, not before it as the charter's list
 * of packages (model, load, check, derive, …) has it. Nothing in {@code derive} or {@code render} uses it.
 */
package org.gongkai.check;
