/**
 * Languages: each declared language's site made from the loaded one (translations merged over their
 * sources), the checks of translation files, and translation status (current, stale, missing,
 * in progress, untranslated, machine) with what it requires of safety-critical items.
 *
 * <p>May use: model, markdown, yaml, diag, util. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.i18n;
