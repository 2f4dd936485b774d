/**
 * The picocli layer: parses options, calls the auditor, picks reporters, maps the result to an
 * exit code (0 gate passed, 1 gate failed, 2 usage/configuration, 3 input, 4 internal). The only
 * package importing picocli; it holds no business logic. {@link nl.meldcheck.cli.Main#run} is the
 * testable entry point with injected streams.
 */
package nl.meldcheck.cli;
