/**
 * The shared CommonMark engine: wiki links, citations and GFM footnotes read by the parser, raw-HTML and URL safety, limits, HTML with link slots, claims for the citation lints, the words as readers read them.
 *
 * <p>May use: yaml, diag, util. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.markdown;
